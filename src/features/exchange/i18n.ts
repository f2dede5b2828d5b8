import type { Translation } from '../../ui/translation';

const de = {
  title: 'Datenaustausch (Open Referral)',
};

const en: Translation<typeof de> = {
  title: 'Data exchange (Open Referral)',
};

export const exchangeText = { de, en };
