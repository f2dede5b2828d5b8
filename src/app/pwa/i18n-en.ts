import type { Translation } from '../../ui/translation';
import type { pwaText } from './i18n';

export const pwaEn: Translation<typeof pwaText.de> = {
  update: {
    available: 'New version available –',
    action: 'update now',
    waitForSave: 'Please save first: a form holds unsaved input. The new version starts as soon as everything is saved or discarded.',
    otherTab: 'The app was updated in another tab – please reload.',
    reload: 'Reload',
  },
  network: {
    online: 'Online',
    offline: 'Offline',
    offlineHint: 'Offline: changes are saved on this device.',
  },
  reminder: {
    text_one: 'Your changes have been neither exported nor synced for more than {{count}} day.',
    text_other: 'Your changes have been neither exported nor synced for more than {{count}} days.',
    link: 'Export a backup now',
  },
  footer: 'Version {{version}} · build {{build}}',
};
