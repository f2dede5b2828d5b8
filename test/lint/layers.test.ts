// The layer rules judge where an import leads, however it is spelled: a feature that reaches
// another feature through '../../features/…', the ui reaching the sync engine, the core reaching
// the database and the server reaching the app are refused; the allowed directions pass.
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layers } from '../../eslint-rules/layers.js';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, layers],
});

async function refusals(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('layers by resolved path', () => {
  it.each([
    ['a feature reaching another feature the long way', 'src/features/plan/probe.ts', "export { routes } from '../../features/measures/routes';"],
    ['a feature reaching another feature the short way', 'src/features/plan/probe.ts', "export { routes } from '../measures/routes';"],
    ['a feature loading the app shell lazily', 'src/features/plan/probe.ts', "export const later = () => import('../../app/routes');"],
    ['the ui reaching the sync engine', 'src/ui/probe.ts', "export { useConnection } from '../replica/connection';"],
    ['the core reaching the database', 'src/core/probe.ts', "export { db } from '../db/database';"],
    ['the server reaching the device database', 'src/server/probe.ts', "export { db } from '../db/database';"],
    ['the sync engine reaching a screen', 'src/replica/probe.ts', "export { routes } from '../features/sync-screens/routes';"],
  ])('refuses %s', async (_story, file, code) => {
    expect(await refusals(file, code)).toEqual([expect.stringMatching(/^boundaries\/dependencies: /)]);
  });

  it.each([
    ['a feature using its own files, ui, the sync engine, db and core', 'src/features/plan/probe.ts',
      "export { routes } from './routes';\nexport { paths } from '../../ui/paths';\nexport { useConnection } from '../../replica/connection';\nexport { db } from '../../db/database';\nexport { roleMatrix } from '../../core/rulebook/roles';"],
    ['the server using the core', 'src/server/probe.ts', "export { roleMatrix } from '../core/rulebook/roles';"],
    ['the app composing features', 'src/app/probe.ts', "export { routes } from '../features/plan/routes';"],
  ])('allows %s', async (_story, file, code) => {
    expect(await refusals(file, code)).toEqual([]);
  });
});
