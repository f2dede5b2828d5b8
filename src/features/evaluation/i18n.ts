import type { Translation } from '../../ui/translation';

const de = {
  title: 'Auswertung',
};

const en: Translation<typeof de> = {
  title: 'Evaluation',
};

export const evaluationText = { de, en };
