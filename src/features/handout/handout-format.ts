// Weekday names and opening hours in the hand-out's language, from the platform's own
// locale data (Intl), so every language gets correct day names without our translating them.
import type { OpeningSlot } from '../../core/schema';
import { slotsByWeekday } from '../../core/handout';

// 2024-01-01 was a Monday; ISO weekday n is that date plus n-1 days.
const MONDAY = Date.UTC(2024, 0, 1);

export function weekdayName(weekday: number, lang: string): string {
  try {
    return new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(new Date(MONDAY + (weekday - 1) * 86_400_000));
  } catch {
    // An unknown tag: German day names rather than none.
    return new Intl.DateTimeFormat('de', { weekday: 'long', timeZone: 'UTC' }).format(new Date(MONDAY + (weekday - 1) * 86_400_000));
  }
}

/** One line per weekday: "Montag 09:00–12:00, 14:00–16:00". */
export function openingLines(slots: OpeningSlot[], lang: string): { day: string; times: string }[] {
  return slotsByWeekday(slots).map(({ weekday, slots: daySlots }) => ({
    day: weekdayName(weekday, lang),
    times: daySlots.map((s) => `${s.opens}–${s.closes}`).join(', '),
  }));
}

/** Lines an A4 sheet holds at the client-friendly print size, below the name and QR code. */
const ROOMY_LINES = 34;

/**
 * Whether a sheet is set small in print. Most offers fit one A4 page at a size clients read
 * easily; many places, many opening days or long texts would spill onto a second sheet, so
 * such a sheet is set smaller (its texts are also cut to fewer lines, in handout.css). The
 * line counts are estimates for the print widths (a full line holds about 90 characters, a
 * half line 40).
 */
export function isDenseSheet(sheet: { description: string; notes: string; costNote: string; places: number; hours: { times: string }[] }): boolean {
  const lines = (text: string, perLine: number) => (text.trim() ? Math.ceil(text.length / perLine) : 0);
  const estimate =
    Math.min(lines(sheet.description, 90), 10) +
    sheet.hours.reduce((sum, day) => sum + lines(day.times, 40), 0) +
    Math.ceil(Math.min(sheet.places, 4) / 2) * 6 +
    Math.max(Math.min(lines(sheet.notes, 40), 6), Math.min(lines(sheet.costNote, 40), 3) + 1) +
    12;
  return estimate > ROOMY_LINES;
}
