// The sync protocol's messages (POST /api/sync), shared by the app's sync engine and the
// server, so both sides check the same shapes. SPEC.md beside this file states the rules
// (P1…) these messages carry; merge.ts holds the merge both sides run.
//
// Request  {"syncId", "since", "base", "starts", "changes"}: a UUID the device chooses per
//          attempt (a retry reuses it), the county revision the device last received (0 at
//          first), a map "kind/id" → the server revision each changed record was based on
//          (absent: new on this device), a map "kind/id" → the version a change started from
//          when no server revision names it (the example, P14), and the changed records in the
//          export file's envelope (snapshot.ts).
// Answer   {"revision", "changes", "conflicts"}: the county's revision after this request,
//          every record changed after `since` (this request's merged results included,
//          tombstones too) in the same envelope, and the conflicts this request produced.
//
// Records inside `changes` are plain JSON objects here: the receiving side checks each one
// against its kind's schema after bringing older formats up to date (change-set.ts), so one
// bad record is reported by kind, position and id instead of failing the whole envelope.
import { z } from 'zod';
import type { EntityKind } from '../schema';
import { entityKinds, isoDateTime, SCHEMA_VERSION } from '../schema';
import { SNAPSHOT_FORMAT } from '../snapshot';

/** The oldest data format a device may sync with; older ones are told to update the app. */
export const MIN_SYNC_SCHEMA_VERSION = 1;

/** The newest data format this build reads (the server refuses newer ones: update the server). */
export const SYNC_SCHEMA_VERSION = SCHEMA_VERSION;

export const entityKind = z.enum(entityKinds as [EntityKind, ...EntityKind[]]);

/** "kind/id", the key of one record across kinds (base map, outbox, conflicts). */
export type RecordKey = `${EntityKind}/${string}`;

const uuidPattern = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
export const recordKey = z
  .string()
  .regex(new RegExp(`^(${entityKinds.join('|')})/${uuidPattern}$`), 'kind/id, e.g. measures/3f2c…')
  .transform((key) => key as RecordKey);

export function keyOf(kind: EntityKind, id: string): RecordKey {
  return `${kind}/${id}`;
}

export function splitKey(key: RecordKey): { kind: EntityKind; id: string } {
  const slash = key.indexOf('/');
  return { kind: key.slice(0, slash) as EntityKind, id: key.slice(slash + 1) };
}

/** A record as it travels: a JSON object, checked against its kind's schema on arrival. */
const travellingRecord = z.record(z.string(), z.unknown());

const recordsByKind = z.object(Object.fromEntries(entityKinds.map((kind) => [kind, z.array(travellingRecord).default([])])) as Record<EntityKind, z.ZodDefault<z.ZodArray<typeof travellingRecord>>>);

/**
 * The snapshot envelope holding only changed records. Any format version is accepted here,
 * so the receiver can say "update the app" or "update the server" in words instead of a
 * schema failure.
 */
export const changeSet = z
  .object({
    format: z.literal(SNAPSHOT_FORMAT),
    schemaVersion: z.number().int().min(0).describe('The data format of the records; older formats are brought up to date before the merge'),
    exportedAt: isoDateTime,
    records: recordsByKind,
  })
  .meta({ id: 'ChangeSet', description: 'A snapshot in the export file\'s envelope that holds only changed records (tombstones: deleted true)' });
export type ChangeSet = z.infer<typeof changeSet>;

export const conflictReasons = ['both_changed', 'edit_vs_delete', 'rejected'] as const;
export type ConflictReason = (typeof conflictReasons)[number];

/**
 * Where in a record a conflict sits: a field name, then nested field names, and for a list
 * whose items carry ids the item's id ("progressNotes", "<note id>", "text"). [] is the whole
 * record.
 */
export const conflictPath = z.array(z.string().min(1).max(200)).max(8);

// params: what the people's words need (the period already taken, a range's bounds), so each
// device words the problem in its person's language; message is English, for logs and tools.
const problem = z.object({ path: z.string(), code: z.string(), message: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() });

/** What the merge found, before the server gives it an id: see merge.ts. */
export const conflictFinding = z.object({
  kind: entityKind,
  recordId: z.uuid(),
  path: conflictPath,
  reason: z.enum(conflictReasons),
  /** The value that stays; absent when what stays is "nothing" (a removed list item). */
  kept: z.unknown().optional(),
  /** The value that lost; absent when what lost is "nothing". */
  lost: z.unknown().optional(),
  /** Why a change was rejected (reason rejected): the schema's or a core rule's problems. */
  problems: z.array(problem).optional(),
});
export type ConflictFinding = z.infer<typeof conflictFinding>;

export const conflictStatuses = ['open', 'restored', 'dismissed'] as const;
export type ConflictStatus = (typeof conflictStatuses)[number];

/** A conflict record as the server keeps it; the coordinator reviews and resolves it. */
export const syncConflict = conflictFinding
  .extend({
    id: z.uuid(),
    /** The county revision written by the request that produced the conflict (or the county's revision then). */
    countyRevision: z.number().int().min(0),
    /** The server revision of the record whose value stayed (0: the record did not exist). */
    keptRevision: z.number().int().min(0),
    /** The server revision the losing change was based on (null: new on its device). */
    baseRevision: z.number().int().min(1).nullable(),
    keptBy: z.string(),
    lostBy: z.string(),
    createdAt: isoDateTime,
    status: z.enum(conflictStatuses),
    resolvedBy: z.string().nullable(),
    resolvedAt: isoDateTime.nullable(),
    /** The role of the account that lost, as the conflicts list reads it now (absent in sync answers). */
    lostByRole: z.enum(['coordinator', 'caseworker']).optional(),
  })
  .meta({ id: 'Conflict' });
export type SyncConflict = z.infer<typeof syncConflict>;

/**
 * A request's change set refuses a kind this build does not know, naming it, instead of
 * dropping its records unseen (a device of a newer format is told to update the server first,
 * P9, before its records are read).
 */
const sentChangeSet = changeSet
  .extend({
    records: z.strictObject(recordsByKind.shape, {
      error: (issue) => (issue.code === 'unrecognized_keys' ? `A kind of record this server does not know: ${issue.keys.join(', ')}` : undefined),
    }),
  })
  .meta({ id: 'SentChangeSet', description: 'The changed records a device sends, in the export file\'s envelope (tombstones: deleted true); a kind the server does not know is refused' });

/**
 * The most conflicts one request may report (P12). A device reports one per field (or list
 * item) that its own merge found changed differently on both sides while its change waited:
 * a few per record it changed, a few dozen on a long offline day. A thousand is far above any
 * device's honest count and keeps one request from filling the coordinator's list.
 */
export const MAX_DEVICE_CONFLICTS = 1000;

export const syncRequest = z
  .object({
    syncId: z.uuid().describe('Chosen by the device per attempt; a retry with the same id gets the same answer and applies nothing twice'),
    since: z.number().int().min(0).describe('The county revision the device last received; 0 for its first sync'),
    base: z.record(recordKey, z.number().int().min(1)).default({}).describe('"kind/id" → the server revision the device\'s change was based on; absent for a record new on this device'),
    /**
     * P14: "kind/id" → the version a change started from when the device never received that
     * record from the server (the example it loaded): the server folds the change onto its own
     * version against it. Optional; older clients send none.
     */
    starts: z
      .record(recordKey, travellingRecord)
      .default({})
      .describe('"kind/id" → the version a change started from that no server revision names (the example a device loaded); the server merges the change against it'),
    /**
     * F6: "kind/id" → the earlier requests of the same device that carried this record and
     * had no answer when this one was made (change files saved before, an attempt whose answer
     * was lost), oldest first, each with the record as it sent it. The change counts from the
     * version the newest of them the server has applied sent; where it has applied none, this
     * request stands for them all. Optional; older clients send none.
     */
    after: z
      .record(recordKey, z.array(z.object({ syncId: z.uuid(), start: travellingRecord })).min(1).max(100))
      .default({})
      .describe('"kind/id" → earlier requests of the same device that carried the record, oldest first (syncId, and the record as sent there): the change counts from the version the newest applied one sent'),
    changes: sentChangeSet,
    /**
     * Conflicts the device's own merge found when it folded incoming changes into local edits
     * (merge.ts, rebaseLocal): the server keeps them beside its own, so the coordinator sees
     * every losing value. Optional; an older client sends none. Each belongs to a record the
     * request sends, and its losing value must be one the sender's role could write; at most
     * MAX_DEVICE_CONFLICTS (the server says so in words, 400 too_many_conflicts).
     */
    conflicts: z.array(conflictFinding).default([]).describe(`What the device's own merge lost (P12): each about a record the request sends, at most ${MAX_DEVICE_CONFLICTS}`),
  })
  .meta({ id: 'SyncRequest' });
export type SyncRequest = z.input<typeof syncRequest>;
export type ParsedSyncRequest = z.output<typeof syncRequest>;

export const syncAnswer = z
  .object({
    revision: z.number().int().min(0).describe('The county revision after this request: the next request\'s since'),
    changes: changeSet,
    conflicts: z.array(syncConflict),
  })
  .meta({ id: 'SyncAnswer' });
export type SyncAnswer = z.infer<typeof syncAnswer>;

/** The machine-readable reasons a sync is refused (besides the server's general ones). */
export const syncRefusals = {
  /** 426: the device's data format is older than the server syncs with: update the app; local changes stay. */
  updateApp: 'update_app',
  /** 409: the device's data format is newer than the server's: the server must be updated first. */
  updateServer: 'update_server',
  /** 409: the syncId was used by another account. */
  syncIdTaken: 'sync_id_taken',
  /** 400: more conflicts than MAX_DEVICE_CONFLICTS. */
  tooManyConflicts: 'too_many_conflicts',
  /** 400: a reported conflict that no device's merge produces (about a record not sent, or a rejection). */
  invalidConflict: 'invalid_conflict',
} as const;
