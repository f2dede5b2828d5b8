import type { Translation } from '../../ui/translation';

const de = {
  title: 'Evaluationen',
};

const en: Translation<typeof de> = {
  title: 'Reviews',
};

export const reviewsText = { de, en };
