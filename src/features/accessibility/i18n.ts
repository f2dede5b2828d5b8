import type { Translation } from '../../ui/translation';

const de = {
  title: 'Erklärung zur Barrierefreiheit',
};

const en: Translation<typeof de> = {
  title: 'Accessibility statement',
};

export const accessibilityText = { de, en };
