// Warns before a person leaves a form with unsaved input: inside the app (navigation is
// held until they choose) and when closing or reloading the tab (the browser's own prompt).
import { useEffect } from 'react';
import { useTranslation } from '../i18n';
import { useBlocker } from 'react-router';

export function UnsavedChangesGuard({ isDirty }: { isDirty: () => boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => isDirty() && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!isDirty()) return;
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  if (blocker.state !== 'blocked') return null;
  return (
    <div className="dialog-backdrop">
      <div role="alertdialog" aria-modal="true" aria-labelledby="unsaved-title" aria-describedby="unsaved-text" className="dialog">
        <h2 id="unsaved-title">{t('form.unsavedTitle')}</h2>
        <p id="unsaved-text">{t('form.unsavedText')}</p>
        <div className="actions">
          <button type="button" className="button primary" autoFocus onClick={() => blocker.reset()}>
            {t('actions.stay')}
          </button>
          <button type="button" className="button" onClick={() => blocker.proceed()}>
            {t('actions.leave')}
          </button>
        </div>
      </div>
    </div>
  );
}
