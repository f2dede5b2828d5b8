import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../src/core/schema';
import { SCHEMA_VERSION } from '../../src/core/schema';
import type { ParsedSnapshot, SnapshotProblem, SnapshotRecords } from '../../src/core/snapshot';
import { SNAPSHOT_FORMAT, emptyRecords, makeSnapshot, parseSnapshot, parseSnapshotText } from '../../src/core/snapshot';
import { describeProblem } from '../../src/core/messages';
import { TEST_TIME, makeGoal, makeLinkedRecords, makeMeasure, makeProvider, makeReview, nextId } from '../factories';

function problemsOf(parsed: ParsedSnapshot): SnapshotProblem[] {
  if (parsed.ok) throw new Error('expected the snapshot to be rejected, but it was accepted');
  return parsed.problems;
}

/** The snapshot as a file on disk would hold it: plain JSON, no shared object identity. */
function asJson(records: SnapshotRecords): unknown {
  return JSON.parse(JSON.stringify(makeSnapshot(records, TEST_TIME)));
}

describe('a clean snapshot', () => {
  it('is accepted with every record as it was', () => {
    const records = makeLinkedRecords();
    const parsed = parseSnapshot(asJson(records));
    expect(parsed).toEqual({ ok: true, snapshot: makeSnapshot(records, TEST_TIME) });
  });

  it('is accepted from its text', () => {
    const text = JSON.stringify(makeSnapshot(makeLinkedRecords(), TEST_TIME));
    expect(parseSnapshotText(text).ok).toBe(true);
  });

  it('may leave out collections it has nothing for', () => {
    const goal = makeGoal();
    const field = { ...makeLinkedRecords().fieldsOfAction[0]!, id: goal.fieldId };
    const parsed = parseSnapshot({ format: SNAPSHOT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: TEST_TIME, records: { goals: [goal], fieldsOfAction: [field] } });
    expect(parsed.ok && parsed.snapshot.records).toEqual({ ...emptyRecords(), goals: [goal], fieldsOfAction: [field] });
  });

  it('fills in defaults for fields an older export did not have', () => {
    const records = makeLinkedRecords();
    const { archived: _archived, ...olderProvider } = records.providers[0]!;
    const file = asJson(records) as { records: { providers: unknown[] } };
    file.records.providers = [olderProvider];
    const parsed = parseSnapshot(file);
    expect(parsed.ok && parsed.snapshot.records.providers[0]!.archived).toBe(false);
  });

  it('gives the goal assessments of a review from data format 2 their goal’s id, so sync merges them one by one', () => {
    const records = makeLinkedRecords();
    const goal = records.goals[0]!;
    const assessment = { goalId: goal.id, computedStatus: 'on_track', confirmedStatus: 'on_track', overrideReason: '', findings: '' };
    const file = { ...(asJson(records) as { records: object }), schemaVersion: 2 };
    file.records = { ...file.records, reviews: [{ ...makeReview(), assessments: [assessment] }] };
    const parsed = parseSnapshot(file);
    expect(parsed.ok && parsed.snapshot.records.reviews[0]!.assessments).toEqual([{ ...assessment, id: goal.id }]);
  });
});

describe('a snapshot that is not one', () => {
  it('says a file cut off while saving is damaged, not that an "Eintrag" has the wrong format', () => {
    const text = JSON.stringify(makeSnapshot(makeLinkedRecords(), TEST_TIME));
    const [problem, ...rest] = problemsOf(parseSnapshotText(text.slice(0, text.length / 2)));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ kind: null, index: null, id: null, code: 'damaged_file' });
    expect(describeProblem(problem!, 'de')).toBe(
      'Die Datei ist beschädigt oder keine Sicherung dieser App: Sie lässt sich nicht vollständig lesen, vielleicht wurde sie nur zum Teil gespeichert oder übertragen. Nehmen Sie eine andere Sicherung.',
    );
  });

  it('says a JSON file of another shape is not a backup, without naming its fields', () => {
    for (const file of [{ ...(asJson(makeLinkedRecords()) as object), format: 'hsds' }, { organizations: [] }, { exportedAt: 'gestern' }]) {
      const problems = problemsOf(parseSnapshot(file));
      expect(problems).toEqual([{ kind: null, index: null, id: null, path: '', code: 'not_a_snapshot', params: {} }]);
      expect(describeProblem(problems[0]!, 'de')).toBe('Die Datei ist keine Sicherung dieser App. Eine Sicherung entsteht unter Einstellungen mit „Sicherung exportieren“.');
    }
  });

  it('asks for an update when the backup comes from a newer app', () => {
    const file = { ...(asJson(makeLinkedRecords()) as object), schemaVersion: SCHEMA_VERSION + 1 };
    const problems = problemsOf(parseSnapshot(file));
    expect(problems).toEqual([expect.objectContaining({ kind: null, path: '', code: 'newer_version', params: { version: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION } })]);
    expect(describeProblem(problems[0]!, 'en')).toBe(
      `The backup comes from a newer version of the app (data format ${SCHEMA_VERSION + 1}, this one reads up to ${SCHEMA_VERSION}). Update the app, then import again.`,
    );
  });

  it('names the envelope’s field in words when a backup’s own envelope is broken', () => {
    const file = { ...(asJson(makeLinkedRecords()) as object), exportedAt: undefined };
    expect(problemsOf(parseSnapshot(file)).map((p) => describeProblem(p, 'de'))).toEqual(['Zeitpunkt des Exports ist ein Pflichtfeld.']);
  });

  it('reads a file written by schema version 1, before offers had translations', () => {
    const file = asJson(makeLinkedRecords()) as { schemaVersion: number; records: { offers: Record<string, unknown>[] } };
    file.schemaVersion = 1;
    for (const offer of file.records.offers) {
      delete offer.translations;
      delete offer.course;
      delete offer.practicalNotes;
    }
    const parsed = parseSnapshot(file);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.snapshot.records.offers[0]).toMatchObject({ translations: {}, course: null, practicalNotes: '' });
  });

  it.each([null, [], 'snapshot', 42])('reports %j as not a snapshot', (value) => {
    expect(problemsOf(parseSnapshot(value)).map((p) => p.code)).toEqual(['not_a_snapshot']);
  });

  it('reports a collection that is not a list', () => {
    const file = asJson(makeLinkedRecords()) as { records: Record<string, unknown> };
    file.records.goals = { one: makeGoal() };
    expect(problemsOf(parseSnapshot(file))).toEqual([expect.objectContaining({ path: 'records.goals', code: 'invalid_type' })]);
  });
});

describe('records inside the snapshot', () => {
  it('names the kind, position, id and field of an invalid record', () => {
    const records = makeLinkedRecords();
    const broken = makeMeasure({ goalIds: records.measures[0]!.goalIds, title: '' });
    records.measures.push(broken);
    expect(problemsOf(parseSnapshot(asJson(records)))).toEqual([
      { kind: 'measures', index: 1, id: broken.id, path: 'title', code: 'required', params: {} },
    ]);
  });

  it('lists every invalid record, not only the first', () => {
    const records = makeLinkedRecords();
    records.providers[0] = { ...records.providers[0]!, address: { street: 'Markt 1', postcode: '393', city: 'Haldensleben' } };
    records.goals[0] = { ...records.goals[0]!, priority: 'urgent' as never };
    const problems = problemsOf(parseSnapshot(asJson(records)));
    expect(problems.map((p) => `${p.kind}[${p.index}].${p.path}`).sort()).toEqual(['goals[0].priority', 'providers[0].address.postcode']);
  });

  it('reports an entry that is not a record at all, without an id', () => {
    const file = asJson(makeLinkedRecords()) as { records: { needs: unknown[] } };
    file.records.needs.push(42);
    expect(problemsOf(parseSnapshot(file))).toEqual([expect.objectContaining({ kind: 'needs', index: 1, id: null })]);
  });

  it('reports an id that occurs twice in one collection', () => {
    const records = makeLinkedRecords();
    const first = records.providers[0]!;
    records.providers.push(makeProvider({ id: first.id, name: 'Zweiter Eintrag' }));
    expect(problemsOf(parseSnapshot(asJson(records)))).toEqual([
      { kind: 'providers', index: 1, id: first.id, path: 'id', code: 'duplicate_id', params: { ref: first.id } },
    ]);
  });

  it('reports a measure that points at a goal that is not there', () => {
    const records = makeLinkedRecords();
    const missingGoal = nextId();
    const measure = records.measures[0]!;
    measure.goalIds = [records.goals[0]!.id, missingGoal];
    expect(problemsOf(parseSnapshot(asJson(records)))).toEqual([
      { kind: 'measures', index: 0, id: measure.id, path: 'goalIds', code: 'missing_reference', params: { ref: missingGoal } },
    ]);
  });

  it('does not report references to a record it already rejected as invalid', () => {
    const records = makeLinkedRecords();
    records.goals[0] = { ...records.goals[0]!, title: '' };
    const problems = problemsOf(parseSnapshot(asJson(records)));
    expect(problems).toEqual([expect.objectContaining({ kind: 'goals', path: 'title', code: 'required' })]);
  });

  // Every field that names another record, with the kind it must name.
  const referenceFields: [EntityKind, string][] = [
    ['municipalities', 'parentId'],
    ['goals', 'fieldId'],
    ['measures', 'goalIds'],
    ['measures', 'partnerProviderIds'],
    ['measures', 'municipalityIds'],
    ['indicators', 'goalIds'],
    ['indicators', 'measureIds'],
    ['measurements', 'indicatorId'],
    ['measurements', 'municipalityId'],
    ['needs', 'fieldId'],
    ['needs', 'municipalityId'],
    ['providers', 'fieldIds'],
    ['offers', 'providerId'],
    ['offers', 'locationIds'],
    ['offers', 'municipalityIds'],
    ['offers', 'fieldIds'],
    ['locations', 'providerId'],
    ['locations', 'municipalityId'],
  ];

  it.each(referenceFields)('reports %s whose %s names a record that is not there', (kind, field) => {
    const records = makeLinkedRecords();
    const rows = records[kind] as unknown as Record<string, unknown>[];
    const index = rows.length - 1; // the member municipality, for parentId; the only record otherwise
    const row = rows[index]!;
    const missing = nextId();
    row[field] = Array.isArray(row[field]) ? [missing] : missing;
    expect(problemsOf(parseSnapshot(asJson(records)))).toEqual([
      { kind, index, id: row.id, path: field, code: 'missing_reference', params: { ref: missing } },
    ]);
  });

  it('accepts a deleted record whose references lead nowhere', () => {
    const records = makeLinkedRecords();
    const deleted = makeMeasure({ goalIds: [nextId()], deleted: true, revision: 2 });
    records.measures.push(deleted);
    const parsed = parseSnapshot(asJson(records));
    expect(parsed.ok && parsed.snapshot.records.measures).toContainEqual(deleted);
  });

  it('accepts a live record that points at a deleted one, so a backup taken after a deletion restores', () => {
    const records = makeLinkedRecords();
    records.goals[0] = { ...records.goals[0]!, deleted: true, revision: 2 };
    expect(parseSnapshot(asJson(records)).ok).toBe(true);
  });
});
