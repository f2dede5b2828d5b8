import type { Translation } from '../../ui/translation';

const de = {
  title: 'Maßnahme',
};

const en: Translation<typeof de> = {
  title: 'Measure',
};

export const measuresText = { de, en };
