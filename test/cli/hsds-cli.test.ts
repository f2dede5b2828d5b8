// The hsds command on real files: spawned as `node --import tsx src/cli/hsds.ts …`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportHsds } from '../../src/core/hsds/export';
import { makeSnapshot, parseSnapshotText } from '../../src/core/snapshot';
import { boerde, emptyDirectory, officialExample } from '../core/hsds/hsds-fixtures';
import { errorsOf, officialValidator } from '../core/hsds/official-schema';

const root = join(import.meta.dirname, '../..');

function hsds(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/hsds.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function files(records = boerde()) {
  const dir = mkdtempSync(join(tmpdir(), 'hsds-cli-'));
  const snapshot = join(dir, 'snapshot.json');
  writeFileSync(snapshot, JSON.stringify(makeSnapshot(records, '2025-01-15T09:00:00.000Z'), null, 1));
  return { dir, snapshot, hsdsFile: join(dir, 'hsds.json') };
}

// Each test spawns Node (with tsx compiling on the fly), which takes seconds on a busy machine.
describe('npm run hsds', { timeout: 30_000 }, () => {
  it('exports a snapshot as HSDS that the official schemas accept, and importing it into an empty directory brings every offer', () => {
    const { snapshot, hsdsFile } = files();
    const exported = hsds('export', snapshot, hsdsFile);
    expect(exported.status).toBe(0);
    const page = JSON.parse(readFileSync(hsdsFile, 'utf8')) as ReturnType<typeof exportHsds>;
    const validator = officialValidator();
    expect(validator.page(page), errorsOf(validator.page.errors).join('\n')).toBe(true);

    const empty = files(emptyDirectory());
    const imported = hsds('import', empty.snapshot, hsdsFile);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    const after = parseSnapshotText(readFileSync(empty.snapshot, 'utf8'));
    expect(after.ok && after.snapshot.records.offers.length).toBe(page.contents.reduce((n, o) => n + o.services.length, 0));

    const again = hsds('import', empty.snapshot, hsdsFile);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^0 neu, 0 geändert, \d+ unverändert\.$/m);
  });

  it('imports the official organization example and says what it left out', () => {
    const { dir, snapshot } = files();
    const input = join(dir, 'org.json');
    writeFileSync(input, JSON.stringify([officialExample('organization_full')]));

    const run = hsds('import', snapshot, input);

    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Hinweis: Example Organization Inc.: Standort „MyCity Civic Center“ wird nicht übernommen');
    expect(run.stdout).toContain('2 neu, 0 geändert, 0 unverändert.');
    const after = parseSnapshotText(readFileSync(snapshot, 'utf8'));
    expect(after.ok && after.snapshot.records.providers.some((p) => p.name === 'Example Organization Inc.')).toBe(true);
  });

  const broken: [string, () => string, RegExp][] = [
    ['invalid JSON', () => '{"contents": [', /kein gültiges JSON/],
    ['a missing id', () => JSON.stringify([{ name: 'Ohne Id', description: '' }]), /Feld contents\[0\]\.id fehlt/],
    ['a wrong type', () => JSON.stringify([{ id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610', name: ['Liste'], description: '' }]), /hat den falschen Typ \(erwartet: string\)/],
    ['a dangling reference', () => {
      const page = exportHsds(boerde());
      const service = page.contents.flatMap((o) => o.services).find((s) => s.service_at_locations.length > 0)!;
      service.service_at_locations[0]!.location_id = '7d1c2a44-0000-4000-8000-000000000001';
      return JSON.stringify(page);
    }, /verweist auf den Standort 7d1c2a44-0000-4000-8000-000000000001/],
    ['a 50 MB file', () => `[${' '.repeat(50 * 1024 * 1024)}]`, /ist 50 MB groß; höchstens 20 MB/],
  ];

  it.each(broken)('refuses a file with %s, exits non-zero and leaves the snapshot byte for byte as it was', (_name, content, message) => {
    const { dir, snapshot } = files();
    const before = readFileSync(snapshot);
    const input = join(dir, 'broken.json');
    writeFileSync(input, content());

    const run = hsds('import', snapshot, input);

    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('ichts geschrieben');
    expect(readFileSync(snapshot).equals(before)).toBe(true);
  });

  it('explains its use when called without files', () => {
    const run = hsds('export');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Aufruf: npm run hsds');
  });
});
