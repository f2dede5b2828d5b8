// Dates that say when something happened (a need was found, an entry checked, a figure counted,
// the concept adopted) cannot lie after today. The schema cannot know today, so the write paths
// and the forms ask this with the date the caller passes. Only dates a write sets or changes
// are checked: an entry dated ahead before this rule existed still takes other edits.
import type { EntityKind } from './schema';
import type { JsonObject } from './merge/json';
import { valueAt } from './merge/paths';
import type { Problem } from './validation';

/** The record paths of each kind that date a past event; targets and plans are not among them. */
const pastDates: Partial<Record<EntityKind, readonly string[]>> = {
  concepts: ['adoptedOn'],
  needs: ['identifiedOn'],
  providers: ['lastVerified'],
  locations: ['lastVerified'],
  offers: ['lastVerified'],
  indicators: ['baseline.date'],
  reviews: ['openedOn', 'closedOn'],
  municipalities: ['population.date', 'migrationBackground.date', 'foreignNationals.date', 'topNationalities.date'],
};

const dateAt = (record: object | undefined, path: string): unknown => (record ? valueAt(record as JsonObject, path.split('.')) : undefined);

/** Problems of `next` (replacing `previous`, absent for a new record); `today` is an ISO date. */
export function pastDateProblems(kind: EntityKind, previous: object | undefined, next: object, today: string): Problem[] {
  return (pastDates[kind] ?? []).flatMap((path) => {
    const date = dateAt(next, path);
    const set = typeof date === 'string' && date !== dateAt(previous, path);
    return set && date > today ? [{ path, code: 'future_date' as const, params: {} }] : [];
  });
}

/**
 * The latest date anywhere on earth (UTC+14) at an instant: a server checks with it, so a device
 * whose clock is right in any time zone is never told that its today lies in the future.
 */
export function latestToday(at: Date): string {
  return new Date(at.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}
