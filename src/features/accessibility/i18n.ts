import type { Translation } from '../../ui/translation';

// Only the short words live here (they load with the app shell); the statement's long text is
// in statement-content.ts and loads with its page.
const de = {
  title: 'Erklärung zur Barrierefreiheit',
  footerLink: 'Erklärung zur Barrierefreiheit',
};

const en: Translation<typeof de> = {
  title: 'Accessibility statement',
  footerLink: 'Accessibility statement',
};

export const accessibilityText = { de, en };
