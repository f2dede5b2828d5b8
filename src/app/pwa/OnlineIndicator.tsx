// Whether the device has a network right now, as text with a symbol (never colour alone).
// Offline is the normal case on a tablet in the field: the app keeps working either way.
// A polite live region, not role="status": a screen keeps its own status messages unambiguous.
import { useSyncExternalStore } from 'react';
import { useTranslation } from '../../ui/i18n';

function subscribe(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

const isOnline = () => navigator.onLine;

// A filled and an empty circle: the state is in the words too, the symbol only repeats it.
const symbols = { online: '\u25CF', offline: '\u25CB' };

export function OnlineIndicator() {
  const { t } = useTranslation('pwa');
  const online = useSyncExternalStore(subscribe, isOnline, () => true);
  return (
    <p className={`network-state ${online ? 'is-online' : 'is-offline'}`} aria-live="polite">
      <span aria-hidden="true" className="network-symbol">
        {online ? symbols.online : symbols.offline}
      </span>{' '}
      {online ? t('network.online') : t('network.offline')}
      {online ? null : <span className="visually-hidden"> {t('network.offlineHint')}</span>}
    </p>
  );
}
