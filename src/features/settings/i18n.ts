import type { Translation } from '../../ui/translation';

const de = {
  title: 'Einstellungen',
};

const en: Translation<typeof de> = {
  title: 'Settings',
};

export const settingsText = { de, en };
