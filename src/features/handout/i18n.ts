import type { Translation } from '../../ui/translation';

const de = {
  title: 'Handzettel',
};

const en: Translation<typeof de> = {
  title: 'Hand-out',
};

export const handoutText = { de, en };
