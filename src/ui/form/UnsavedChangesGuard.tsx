// Warns before a person leaves unsaved input: inside the app (navigation is held until they
// choose) and when closing or reloading the tab (the browser's own prompt). A router holds
// only one blocker, so the app mounts this guard once, in its layout, and it asks every form
// on screen: each useForm registers itself in src/ui/unsaved-registry.ts while mounted. Forms
// therefore never mount a guard of their own (ESLint keeps useBlocker out of features).
import { lazy, Suspense, useEffect } from 'react';
import { useBlocker } from 'react-router';
import { useTranslation } from '../i18n';
import { anyUnsaved } from '../unsaved-registry';

// Only asked once a form is dirty, so its screen (and with it, in most cases, the dialog's code)
// is loaded already; the shell every first visit downloads stays without it.
const ConfirmDialog = lazy(() => import('../ConfirmDialog').then((module) => ({ default: module.ConfirmDialog })));

export function UnsavedChangesGuard() {
  const { t } = useTranslation();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && anyUnsaved());

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (anyUnsaved()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  if (blocker.state !== 'blocked') return null;
  return (
    <Suspense fallback={null}>
      <ConfirmDialog
        title={t('form.unsavedTitle')}
        text={t('form.unsavedText')}
        cancelLabel={t('actions.stay')}
        confirmLabel={t('actions.leave')}
        onConfirm={() => blocker.proceed()}
        onCancel={() => blocker.reset()}
      />
    </Suspense>
  );
}
