// The whole model as one JSON document: export, import, backup and (later) sync payloads.
// A snapshot is accepted whole or not at all: parseSnapshot lists every problem it finds
// (bad envelope, invalid records, duplicate ids, references to records that do not exist)
// so a person can fix the file, and the caller writes nothing unless it is clean. A file that
// is no snapshot at all gets one problem in the person's terms, not a list of the envelope's
// field names: unreadable or cut off (damaged_file), some other JSON (not_a_snapshot), or a
// snapshot from a newer app (newer_version).
import { z } from 'zod';
import type { EntityKind, EntityOf } from './schema';
import { entityKinds, isoDateTime, SCHEMA_VERSION } from './schema';
import { referencesOf } from './references';
import type { Problem } from './validation';
import { problemsOf, validateEntity } from './validation';

export const SNAPSHOT_FORMAT = 'integrationskonzept-snapshot';

export type SnapshotRecords = { [K in EntityKind]: EntityOf<K>[] };

export type Snapshot = {
  format: typeof SNAPSHOT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  records: SnapshotRecords;
};

/** A problem located in the snapshot: which collection, which position, which record. */
export type SnapshotProblem = Problem & { kind: EntityKind | null; index: number | null; id: string | null };

export type ParsedSnapshot = { ok: true; snapshot: Snapshot } | { ok: false; problems: SnapshotProblem[] };

const envelope = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  // Older snapshots load: every field added since has a default.
  schemaVersion: z.number().int().min(1).max(SCHEMA_VERSION),
  exportedAt: isoDateTime,
  records: z.object(Object.fromEntries(entityKinds.map((kind) => [kind, z.array(z.unknown()).default([])]))),
});

export function emptyRecords(): SnapshotRecords {
  return Object.fromEntries(entityKinds.map((kind) => [kind, []])) as unknown as SnapshotRecords;
}

/**
 * Entries per kind as the app shows them: deletions stay in a snapshot as tombstones (so a sync
 * or a restore passes them on) but are no entry a person holds, so they are counted apart.
 */
export function countEntries(records: SnapshotRecords): { live: Record<EntityKind, number>; deleted: number } {
  const live = {} as Record<EntityKind, number>;
  let deleted = 0;
  for (const kind of entityKinds) {
    const gone = records[kind].filter((record) => record.deleted).length;
    live[kind] = records[kind].length - gone;
    deleted += gone;
  }
  return { live, deleted };
}

export const liveTotal = (records: SnapshotRecords): number => Object.values(countEntries(records).live).reduce((sum, n) => sum + n, 0);

export function makeSnapshot(records: SnapshotRecords, exportedAt: string): Snapshot {
  return { format: SNAPSHOT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt, records };
}

function referenceProblems(records: SnapshotRecords): SnapshotProblem[] {
  const problems: SnapshotProblem[] = [];
  const ids = new Map(entityKinds.map((kind) => [kind, new Set(records[kind].map((r) => r.id))]));
  for (const kind of entityKinds) {
    records[kind].forEach((record, index) => {
      if (record.deleted) return;
      for (const { field, target, ref } of referencesOf(kind, record)) {
        if (!ids.get(target)!.has(ref)) problems.push({ kind, index, id: record.id, path: field, code: 'missing_reference', params: { ref } });
      }
    });
  }
  return problems;
}

function duplicateProblems(records: SnapshotRecords): SnapshotProblem[] {
  const problems: SnapshotProblem[] = [];
  for (const kind of entityKinds) {
    const seen = new Set<string>();
    records[kind].forEach((record, index) => {
      if (seen.has(record.id)) problems.push({ kind, index, id: record.id, path: 'id', code: 'duplicate_id', params: { ref: record.id } });
      seen.add(record.id);
    });
  }
  return problems;
}

function fileProblem(code: Problem['code'], params: Problem['params'] = {}): ParsedSnapshot {
  return { ok: false, problems: [{ kind: null, index: null, id: null, path: '', code, params }] };
}

/** Checks a parsed JSON value as a snapshot; on success every record is valid and linked. */
export function parseSnapshot(input: unknown): ParsedSnapshot {
  const outer = envelope.safeParse(input);
  if (!outer.success) {
    const fields = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
    if (fields.format !== SNAPSHOT_FORMAT) return fileProblem('not_a_snapshot');
    const version = fields.schemaVersion;
    if (typeof version === 'number' && version > SCHEMA_VERSION) return fileProblem('newer_version', { version, supported: SCHEMA_VERSION });
    return { ok: false, problems: problemsOf(outer.error, input).map((p) => ({ ...p, kind: null, index: null, id: null })) };
  }
  const problems: SnapshotProblem[] = [];
  const records = emptyRecords();
  for (const kind of entityKinds) {
    const rows = outer.data.records[kind] ?? [];
    rows.forEach((row, index) => {
      const checked = validateEntity(kind, row);
      const id = typeof (row as { id?: unknown })?.id === 'string' ? (row as { id: string }).id : null;
      if (checked.ok) (records[kind] as unknown[]).push(checked.value);
      else problems.push(...checked.problems.map((p) => ({ ...p, kind, index, id })));
    });
  }
  if (problems.length === 0) problems.push(...duplicateProblems(records), ...referenceProblems(records));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, snapshot: makeSnapshot(records, outer.data.exportedAt) };
}

/** Parses snapshot text; text that is not JSON (a file cut off while saving) is damaged. */
export function parseSnapshotText(text: string): ParsedSnapshot {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fileProblem('damaged_file', { detail: error instanceof Error ? error.message : String(error) });
  }
  return parseSnapshot(value);
}
