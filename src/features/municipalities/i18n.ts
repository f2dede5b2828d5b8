import type { Translation } from '../../ui/translation';

const de = {
  title: 'Gemeinden und Bedarfe',
};

const en: Translation<typeof de> = {
  title: 'Municipalities and needs',
};

export const municipalitiesText = { de, en };
