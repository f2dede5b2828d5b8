// Moments (date and time) for the sync and storage screens; apart from format.ts, which the
// overview loads on a first visit.

/** A moment as date and time ("02.12.2026, 21:46"). */
export function formatDateTime(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A recent moment in few characters: the time when it was today, else the date. */
export function formatRecent(iso: string, now: Date, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = lang === 'de' ? 'de-DE' : 'en-GB';
  const sameDay = date.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(locale, sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium' }).format(date);
}
