import { AppDb, db, setDatabase } from '../../src/db/database';
import { EXAMPLE_LOADED_KEY, ExampleInvalid, INITIALIZED_KEY, ensureExampleLoaded, resetToExample, setExampleSource } from '../../src/db/example';
import { create, getMeta, listActive, remove, setMeta, update } from '../../src/db/repository';
import { replaceAll } from '../../src/db/snapshot';
import { emptyRecords } from '../../src/core/snapshot';
import { buildExampleSnapshot } from '../../src/example/build-example';

let counter = 0;

beforeEach(() => {
  counter += 1;
  setDatabase(new AppDb(`example-test-${counter}`));
});

afterEach(() => {
  db().close();
});

describe('the example on a new device', () => {
  it('is loaded on the first start, once, and a later start keeps the edits', async () => {
    expect(await ensureExampleLoaded()).toBe(true);
    expect(await listActive('concepts')).toHaveLength(1);
    expect(await listActive('measures')).toHaveLength(30);
    expect(await getMeta(INITIALIZED_KEY)).toBe(true);
    expect(await getMeta<string>(EXAMPLE_LOADED_KEY)).toMatch(/^\d{4}-\d\d-\d\dT/);

    const [goal] = await listActive('goals');
    await update('goals', goal!.id, { title: 'Sprachkurse auch in Gröningen' });

    expect(await ensureExampleLoaded()).toBe(false);
    const after = await listActive('goals');
    expect(after.find((g) => g.id === goal!.id)?.title).toBe('Sprachkurse auch in Gröningen');
    expect(after).toHaveLength(15);
  });

  it('is loaded only once when two starts race', async () => {
    const results = await Promise.all([ensureExampleLoaded(), ensureExampleLoaded()]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await listActive('concepts')).toHaveLength(1);
  });

  it('leaves the device empty and says why when the example file is incomplete', async () => {
    const { records } = buildExampleSnapshot('2026-01-01T00:00:00.000Z');
    const { reviews: _dropped, ...incomplete } = records;
    setExampleSource(() => Promise.resolve({ ...buildExampleSnapshot('2026-01-01T00:00:00.000Z'), records: incomplete as typeof records }));
    try {
      await expect(ensureExampleLoaded()).rejects.toThrow(ExampleInvalid);
      expect(await listActive('concepts')).toEqual([]);
      expect(await getMeta(INITIALIZED_KEY)).toBeUndefined();
    } finally {
      setExampleSource(() => Promise.resolve(buildExampleSnapshot(new Date().toISOString())));
    }
  });

  it('does not replace a concept that is already stored', async () => {
    const own = buildExampleSnapshot('2026-01-01T00:00:00.000Z').records.concepts[0]!;
    const records = emptyRecords();
    records.concepts = [{ ...own, title: 'Unser eigenes Konzept', provenance: undefined }];
    await replaceAll(records);

    expect(await ensureExampleLoaded()).toBe(false);
    const concepts = await listActive('concepts');
    expect(concepts.map((c) => c.title)).toEqual(['Unser eigenes Konzept']);
    expect(await listActive('goals')).toEqual([]);
  });
});

describe('resetting to the example', () => {
  it('brings back the example and drops what was added, but keeps settings', async () => {
    await ensureExampleLoaded();
    const measure = (await listActive('measures')).find((m) => m.status !== 'dropped');
    const [need] = await listActive('needs');
    await update('measures', measure!.id, { status: 'dropped' });
    await remove('needs', need!.id);
    await setMeta('lastExportAt', '2026-11-20T09:00:00.000Z');
    const added = await create('needs', {
      fieldId: need!.fieldId,
      municipalityId: null,
      targetGroups: ['students'],
      description: 'Wohnheimplätze für Auszubildende fehlen.',
      priority: 'low',
      source: 'survey',
      identifiedOn: '2026-11-01',
      status: 'open',
    });
    expect(added.ok).toBe(true);

    await resetToExample();

    const measures = await listActive('measures');
    const restored = measures.find((m) => m.id === measure!.id);
    expect(restored?.status).toBe(measure!.status);
    expect(restored?.revision).toBe(1);
    const needs = await listActive('needs');
    expect(needs).toHaveLength(20);
    expect(needs.map((n) => n.description)).not.toContain('Wohnheimplätze für Auszubildende fehlen.');
    expect(needs.find((n) => n.id === need!.id)).toBeDefined();
    expect(await getMeta('lastExportAt')).toBe('2026-11-20T09:00:00.000Z');
    expect(await getMeta(INITIALIZED_KEY)).toBe(true);
  });

  it('works on an empty device too', async () => {
    await resetToExample();
    expect(await listActive('offers')).toHaveLength(40);
    expect(await ensureExampleLoaded()).toBe(false);
  });
});
