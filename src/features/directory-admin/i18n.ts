import type { Translation } from '../../ui/translation';

const de = {
  title: 'Verzeichnispflege',
};

const en: Translation<typeof de> = {
  title: 'Directory upkeep',
};

export const directoryAdminText = { de, en };
