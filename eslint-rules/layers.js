// The layers of src/ and which may import which, judged by the file an import resolves to
// (eslint-plugin-boundaries), not by how its path is spelled: '../../features/x' from a feature
// is caught like '../x'. Data flows one way:
//   core ← example ← db ← ui ← replica ← features ← app      server ← cli (server and cli use core only)
// A feature uses no other feature: shared pieces move down to ui/ or core/.
import boundaries from 'eslint-plugin-boundaries';

const element = (type) => ({ to: { element: { type } } });

/** Each layer and the layers below it that it may use (its own folder included). */
const uses = {
  core: ['core'],
  example: ['example', 'core'],
  db: ['db', 'example', 'core'],
  ui: ['ui', 'db', 'core'],
  replica: ['replica', 'ui', 'db', 'core'],
  feature: ['ui', 'replica', 'db', 'core'],
  app: ['app', 'feature', 'replica', 'ui', 'db', 'example', 'core'],
  server: ['server', 'core'],
  cli: ['cli', 'server', 'core'],
};

const why = {
  core: 'The domain core depends on nothing outside itself.',
  example: 'The example data is built from the core alone.',
  db: 'db sits below the screens and the sync engine.',
  ui: 'ui holds shared pieces: it uses no feature, no sync engine and not the app shell.',
  replica: "The device's sync engine sits below the screens.",
  feature: 'A feature uses ui/, replica/, db/ and core/, never another feature or the app shell: move the shared piece down.',
  app: 'The app shell runs in the browser: no server code.',
  server: 'Server code shares only core/ with the app.',
  cli: 'Command-line tools use the server and the core only.',
};

export const layers = {
  files: ['src/**/*.{ts,tsx}'],
  plugins: { boundaries },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
    'boundaries/elements': [
      { type: 'feature', pattern: 'src/features/*', capture: ['name'], partialMatch: false },
      ...['core', 'example', 'db', 'ui', 'replica', 'app', 'server', 'cli'].map((type) => ({ type, pattern: `src/${type}`, partialMatch: false })),
    ],
  },
  rules: {
    'boundaries/no-unknown-files': 'error',
    'boundaries/dependencies': ['error', {
      default: 'disallow',
      policies: [
        ...Object.entries(uses).flatMap(([from, allowed]) => [
          { from: { element: { type: from } }, disallow: Object.keys(uses).filter((to) => !allowed.includes(to)).map(element), message: why[from] },
          { from: { element: { type: from } }, allow: allowed.map(element) },
        ]),
        // A feature's own files.
        { from: { element: { type: 'feature' } }, allow: { to: { element: { type: 'feature', captured: { name: '{{ from.element.captured.name }}' } } } } },
      ],
    }],
  },
};
