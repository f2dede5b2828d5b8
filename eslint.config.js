// Lint rules that keep the architecture honest: data flows features → db → core, and the
// domain core stays pure so client, server and CLI can share it.
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { oneWritePath } from './eslint-rules/one-write-path.js';
import { layers } from './eslint-rules/layers.js';

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true, named: true, defaultFrom: true } }],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['react', 'react-dom', 'react-router', 'dexie', 'dexie-react-hooks']
          .map((name) => ({ name, message: 'The domain core is pure TypeScript: no UI, storage or i18n framework.' })),
        patterns: [
          { regex: '^node:', message: 'The domain core runs in browser and server alike: no Node APIs.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'fetch'],
      'no-restricted-syntax': ['error',
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'Pass the current time in; the core takes no clock.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass the current time in; the core takes no clock.' },
        { selector: "MemberExpression[object.name='crypto']", message: 'Pass an id generator in; the core takes no randomness.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Pass randomness in.' },
      ],
    },
  },
  {
    // One write path: records and their outbox entries are written in src/db/write.ts only.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/db/write.ts'],
    plugins: { local: { rules: { 'one-write-path': oneWritePath } } },
    rules: { 'local/one-write-path': 'error' },
  },
  // Which layer may import which, judged by the path an import resolves to (eslint-rules/layers.js).
  layers,
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        // A router holds one blocker: the layout mounts the one guard, and useForm feeds it.
        paths: [{ name: 'react-router', importNames: ['useBlocker'], message: 'The layout holds the one navigation blocker; a form registers through useForm.' }],
        patterns: [
        { regex: 'UnsavedChangesGuard$', message: 'The layout mounts the one guard; a form registers through useForm.' },
        { regex: '^dexie$', message: 'Screens read through live-query hooks and write through repositories in db/.' },
      ] }],
    },
  },
  {
    files: ['src/features/**/*.tsx', 'src/app/**/*.tsx', 'src/ui/**/*.tsx'],
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': ['error', { mode: 'jsx-only', 'jsx-attributes': { include: ['^(aria-label|title|placeholder|alt)$'] } }] },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['eslint.config.js', 'eslint-rules/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Tool configuration files are read through their default export.
    files: ['eslint.config.js', 'vite.config.ts', 'test/e2e/vitest.config.ts', 'test/server/vitest.config.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
);
