import type { Translation } from '../../ui/translation';

const de = {
  title: 'Indikatoren',
};

const en: Translation<typeof de> = {
  title: 'Indicators',
};

export const indicatorsText = { de, en };
