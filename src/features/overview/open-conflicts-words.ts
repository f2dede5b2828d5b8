// The overview's words about open conflicts. They load with the notice, not with the overview:
// the first load sits at its budget, and only a coordinator's connected device ever shows them.
import type { Translation } from '../../ui/translation';

const de = {
  open_one: '{{count}} offener Konflikt wartet auf Ihre Prüfung.',
  open_other: '{{count}} offene Konflikte warten auf Ihre Prüfung.',
  review: 'Konflikte prüfen',
};

const en: Translation<typeof de> = {
  open_one: '{{count}} open conflict waits for your review.',
  open_other: '{{count}} open conflicts wait for your review.',
  review: 'Review conflicts',
};

export const openConflictsWords = { de, en };
