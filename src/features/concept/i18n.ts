import type { Translation } from '../../ui/translation';

const de = {
  title: 'Vision und Leitbild',
};

const en: Translation<typeof de> = {
  title: 'Vision and guiding principles',
};

export const conceptText = { de, en };
