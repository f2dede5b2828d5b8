// The core's rules that need more than the record itself (other records, today's date), asked
// on every write, inside the write's transaction: the form and the CSV preview ask them too,
// but a write from anywhere else (another tab's stale form, a future sync) must not get past
// them. The schema check has passed when these run.
import { measurementRuleProblems } from '../core/measurement-rules';
import { pastDateProblems } from '../core/past-date-rules';
import { progressNoteProblems } from '../core/progress-note-rules';
import type { EntityKind, EntityOf, Measure, Measurement } from '../core/schema';
import type { Problem } from '../core/validation';
import { today } from './context';
import { db } from './database';

async function measurementProblems(next: Measurement, day: string): Promise<Problem[]> {
  const indicator = await db().entities('indicators').get(next.indicatorId);
  // A missing or deleted indicator is the reference check's to report.
  if (!indicator || indicator.deleted) return [];
  const siblings = await db().entities('measurements').where('indicatorId').equals(next.indicatorId).toArray();
  return measurementRuleProblems(indicator, next, siblings, day);
}

/** Problems of a checked record beyond its schema; `previous` is the stored version it replaces. */
export async function writeRuleProblems<K extends EntityKind>(kind: K, next: EntityOf<K>, previous: EntityOf<K> | undefined): Promise<Problem[]> {
  const day = today();
  const dates = pastDateProblems(kind, previous, next, day);
  if (kind === 'measurements') return [...dates, ...(await measurementProblems(next as Measurement, day))];
  if (kind === 'measures') return [...dates, ...progressNoteProblems((previous as Measure | undefined)?.progressNotes ?? [], (next as Measure).progressNotes, day)];
  return dates;
}
