import type { Translation } from '../../ui/translation';

const de = {
  title: 'Handlungsfelder',
};

const en: Translation<typeof de> = {
  title: 'Fields of action',
};

export const planText = { de, en };
