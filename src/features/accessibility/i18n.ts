import type { Translation } from '../../ui/translation';

// The page's short words; the statement's long text is in statement-content.ts.
const de = {
  title: 'Erklärung zur Barrierefreiheit',
};

const en: Translation<typeof de> = {
  title: 'Accessibility statement',
};

export const accessibilityText = { de, en };
