import type { Translation } from '../../ui/translation';

const de = {
  title: 'Angebote',
};

const en: Translation<typeof de> = {
  title: 'Offers',
};

export const directoryText = { de, en };
