// Whether to remind a person to save their work off the device. Local changes are at risk
// until they are in an export file or synced: the reminder is due once the oldest change
// that is in neither has waited longer than the chosen number of days. We only store the
// time of the latest change, so "waiting since" is measured from the last safe point (the
// newer of export and sync) or, if there was none, from the latest change itself.
export type BackupState = {
  lastChangeAt: string | undefined;
  lastExportAt: string | undefined;
  lastSyncAt: string | undefined;
};

export const DEFAULT_REMINDER_DAYS = 7;
export const MIN_REMINDER_DAYS = 1;
export const MAX_REMINDER_DAYS = 365;

const DAY_MS = 24 * 60 * 60 * 1000;

const time = (iso: string | undefined): number | undefined => {
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
};

/** The latest point at which everything was saved off the device, if any. */
export function lastSafePoint(state: BackupState): string | undefined {
  const exported = time(state.lastExportAt);
  const synced = time(state.lastSyncAt);
  if (exported === undefined) return synced === undefined ? undefined : state.lastSyncAt;
  if (synced === undefined) return state.lastExportAt;
  return exported >= synced ? state.lastExportAt : state.lastSyncAt;
}

/** True when changes exist that are in no export or sync, and they have waited more than `days` days. */
export function isBackupReminderDue(state: BackupState, now: string, days: number): boolean {
  const changed = time(state.lastChangeAt);
  const current = time(now);
  if (changed === undefined || current === undefined) return false;
  const safe = time(lastSafePoint(state));
  if (safe !== undefined && safe >= changed) return false;
  // Unsaved since the last safe point, or (never saved) since the latest change.
  const waitingSince = safe ?? changed;
  return current - waitingSince > days * DAY_MS;
}

/** The reminder interval a person typed, or undefined when it is not a whole number in range. */
export function parseReminderDays(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const days = Number(trimmed);
  return days >= MIN_REMINDER_DAYS && days <= MAX_REMINDER_DAYS ? days : undefined;
}
