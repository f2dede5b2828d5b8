import type { Translation } from '../../ui/translation';

const de = {
  title: 'Bericht',
};

const en: Translation<typeof de> = {
  title: 'Report',
};

export const reportsText = { de, en };
