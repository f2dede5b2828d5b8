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
