// The core's rules that need more than the record itself: today's date and the county's other
// records. The rules live in their own modules (measurement-rules.ts, progress-note-rules.ts,
// past-date-rules.ts), which the forms and the CSV preview ask too; this is where a write asks
// them, on the app and on the server alike. The schema check has passed when these run.
import { measurementRuleProblems } from '../measurement-rules';
import { pastDateProblems } from '../past-date-rules';
import { progressNoteProblems } from '../progress-note-rules';
import type { EntityKind, Measure, Measurement } from '../schema';
import type { Problem } from '../validation';
import type { RecordLookup } from './lookup';

async function measurementProblems(lookup: RecordLookup, next: Measurement, today: string): Promise<Problem[]> {
  const indicator = await lookup.record('indicators', next.indicatorId);
  // A missing or deleted indicator is the reference check's to report.
  if (!indicator || indicator.deleted) return [];
  return measurementRuleProblems(indicator, next, await lookup.liveMeasurementsOf(next.indicatorId), today);
}

/**
 * Problems of a live record beyond its schema. `previous` is the live version it replaces
 * (undefined for a new or revived record: then every date it holds counts as set by this write).
 */
export async function recordRuleProblems(lookup: RecordLookup, today: string, kind: EntityKind, next: object, previous: object | undefined): Promise<Problem[]> {
  const dates = pastDateProblems(kind, previous, next, today);
  if (kind === 'measurements') return [...dates, ...(await measurementProblems(lookup, next as Measurement, today))];
  if (kind === 'measures') return [...dates, ...progressNoteProblems((previous as Measure | undefined)?.progressNotes ?? [], (next as Measure).progressNotes, today)];
  return dates;
}
