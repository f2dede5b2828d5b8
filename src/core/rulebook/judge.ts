// The rulebook: may this role make this change, and is what the change leaves valid? One entry
// point per kind of change: judgePut (a record written whole: created, or changed from its
// stored version), judgeMerge (a device's change merged with the stored record, SPEC P8, M14)
// and judgeDelete (a live record made a tombstone). The app's repository and the server's
// applyWrites ask these, each with its own lookup of the county's other records (lookup.ts);
// neither judges anything itself. A rule added later (an adopted edition frozen, say) goes
// into `recordRules` below once, and every write on either side meets it.
//
// Each judgement asks, in this order, and the first that refuses answers:
// 1. the role (role-asks.ts, roles.ts): what the change asks, field by field where a role may
//    change only some fields. A change that brings a deleted record back asks to create.
// 2. the schema of the record the change leaves.
// 3. the record rules (all of them, so a form can show every problem at once): the core's
//    write rules (record-rules.ts) and the references the change adds (missing-references.ts).
//
// Tombstones are judged as well, by the rules that make sense for them:
// - role: yes. A deletion asks the delete grant; content changed along with it asks the update
//   grant of those fields, since a tombstone keeps its content and a restore can bring it back.
// - schema: yes. A tombstone is stored, travels to every device and may be restored, so it is a
//   whole record of its kind like any other.
// - write rules: no. They speak of live records: one value per period and place counts live
//   values (a deleted duplicate takes no place), and a date "not in the future" is about what
//   happened, which a deleted record no longer claims. A tombstone made live again is judged as
//   a creation (role and every rule, with no earlier version to compare dates with), so nothing
//   a tombstone holds slips back in by being revived.
// - references: no. A deleted record that points at deleted records harms nothing, and asking
//   would make deleting in the "wrong" order (a provider before its offers) impossible; a
//   revival asks for every reference again, as a creation does.
import { isPlainObject } from '../merge/json';
import type { EntityKind, EntityOf } from '../schema';
import type { Problem } from '../validation';
import { validateEntity } from '../validation';
import type { RecordLookup } from './lookup';
import { missingReferences } from './missing-references';
import { recordRuleProblems } from './record-rules';
import type { Ask, Refusal } from './role-asks';
import { asksOf, asksOfValueAt, refusalOf } from './role-asks';
import type { Role } from './roles';

export type WriteContext = {
  /** The writer's role; null: a device that never connected to a server, which may do everything. */
  role: Role | null;
  /**
   * The role of the person whose value the change writes, when that is someone else: restoring
   * a value another person lost in a conflict. The change must lie within their rights too, so a
   * value no one could have written does not come in with the restorer's rights.
   */
  onBehalfOf?: Role | null;
  /** Today as an ISO date: the device's day; on the server the latest day anywhere (latestToday). */
  today: string;
  lookup: RecordLookup;
};

/** The checked record (schema defaults filled in), or the problems; `forbidden` when the role refused. */
export type Verdict<T> = { ok: true; record: T } | { ok: false; problems: Problem[]; forbidden?: Refusal };

/** A record a rule judges: `previous` is the live version it replaces, undefined for a new or revived record. */
type Judged = { kind: EntityKind; next: object; previous: object | undefined };

type RecordRule = {
  /** Whether the rule judges tombstones too (see the opening comment for why the first ones do not). */
  tombstones: boolean;
  problems: (context: WriteContext, judged: Judged) => Promise<Problem[]>;
};

const recordRules: readonly RecordRule[] = [
  { tombstones: false, problems: (c, j) => recordRuleProblems(c.lookup, c.today, j.kind, j.next, j.previous) },
  { tombstones: false, problems: (c, j) => missingReferences(c.lookup, j.kind, j.next, j.previous) },
];

const isDeleted = (record: object): boolean => (record as { deleted?: unknown }).deleted === true;

/** The person-facing problem of a role's refusal (messages.ts words it). */
export function forbiddenProblem(kind: EntityKind, refusal: Refusal): Problem {
  const fields = refusal.fields ?? [];
  return { path: fields[0] ?? '', code: 'forbidden', params: { role: refusal.role, operation: refusal.operation, kind, fields: fields.join(',') } };
}

function roleRefusal(context: WriteContext, kind: EntityKind, asks: readonly Ask[]): Refusal | null {
  return refusalOf(kind, context.role, asks) ?? (context.onBehalfOf === undefined ? null : refusalOf(kind, context.onBehalfOf, asks));
}

function refused<T>(kind: EntityKind, refusal: Refusal): Verdict<T> {
  return { ok: false, problems: [forbiddenProblem(kind, refusal)], forbidden: refusal };
}

/** Steps 3 on a schema-checked record; `stored` is what it replaces (a tombstone or nothing: judged as new). */
async function judgeRecord<T extends object>(context: WriteContext, kind: EntityKind, record: T, stored: object | undefined): Promise<Verdict<T>> {
  const judged: Judged = { kind, next: record, previous: stored && !isDeleted(stored) ? stored : undefined };
  const live = !isDeleted(record);
  const problems: Problem[] = [];
  for (const rule of recordRules) if (live || rule.tombstones) problems.push(...(await rule.problems(context, judged)));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, record };
}

async function judgeWhole<K extends EntityKind>(context: WriteContext, kind: K, previous: object | undefined, next: unknown): Promise<Verdict<EntityOf<K>>> {
  const checked = validateEntity(kind, next);
  // The role is asked first, of the record as the schema reads it (defaults filled in), or as sent.
  const seen = checked.ok ? checked.value : isPlainObject(next) ? next : {};
  const refusal = roleRefusal(context, kind, asksOf(previous, seen));
  if (refusal) return refused(kind, refusal);
  if (!checked.ok) return checked;
  return judgeRecord(context, kind, checked.value, previous);
}

/**
 * A record written whole: `next` as it would be stored (bookkeeping set), `previous` the stored
 * version (a tombstone or undefined: `next` is a creation).
 */
export function judgePut<K extends EntityKind>(context: WriteContext, kind: K, change: { previous: object | undefined; next: unknown }): Promise<Verdict<EntityOf<K>>> {
  return judgeWhole(context, kind, change.previous, change.next);
}

/** A live record deleted: `next` is its tombstone as it would be stored. */
export function judgeDelete<K extends EntityKind>(context: WriteContext, kind: K, change: { previous: object; next: object }): Promise<Verdict<EntityOf<K>>> {
  if (!isDeleted(change.next)) throw new Error('judgeDelete judges a tombstone (deleted: true)');
  return judgeWhole(context, kind, change.previous, change.next);
}

/**
 * A device's change merged with the stored record. The role is asked of the device's change
 * measured from its base (`theirs` against `base`, or the stored record without one, P8), and a
 * result that revives a deleted record asks to create; the merged record `next` (as it would be
 * stored; undefined when the merge leaves the stored record as it is, P7) is judged for what it
 * leaves, against `stored`. The verdict's record is null when there is nothing to write.
 */
export async function judgeMerge<K extends EntityKind>(
  context: WriteContext,
  kind: K,
  change: { base: object | undefined; stored: object | undefined; theirs: object; next: object | undefined },
): Promise<Verdict<EntityOf<K> | null>> {
  const { base, stored, theirs, next } = change;
  const asks = asksOf(base ?? stored, theirs);
  const revives = next !== undefined && !isDeleted(next) && (!stored || isDeleted(stored));
  if (revives && !asks.some((ask) => ask.operation === 'create')) asks.push({ operation: 'create' });
  const refusal = roleRefusal(context, kind, asks);
  if (refusal) return refused(kind, refusal);
  if (next === undefined) return { ok: true, record: null };
  const checked = validateEntity(kind, next);
  if (!checked.ok) return checked;
  return judgeRecord(context, kind, checked.value, stored);
}

/**
 * Whether a role may have lost `value` at `path` of a record of the kind (a conflict a device
 * reports, SPEC P12): only a value the role was allowed to write. null: it may.
 */
export function judgeLostValue(role: Role | null, kind: EntityKind, path: readonly string[], value: unknown): Refusal | null {
  return refusalOf(kind, role, asksOfValueAt(path, value));
}
