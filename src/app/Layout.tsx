import { Suspense, useRef } from 'react';
import { useTranslation } from '../ui/i18n';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useNavScroll } from './nav-scroll';
import { useStartupDone } from './startup';
import { useEntities } from '../db/hooks';
import { UnsavedChangesGuard } from '../ui/form/UnsavedChangesGuard';
import { Loading } from '../ui/Loading';
import { paths } from '../ui/paths';
import type { Language } from '../ui/language';
import { languages, switchLanguage } from '../ui/language';
import { ConnectionLink } from './ConnectionLink';
import { SyncStatusSlot } from './SyncStatusSlot';
import { SyncNewsSlot } from './SyncNewsSlot';
import { BackupReminder } from './pwa/BackupReminder';
import { appBuild, appVersion } from './pwa/build-info';
import { OnlineIndicator } from './pwa/OnlineIndicator';
import { OtherTabNotice } from './pwa/OtherTabNotice';
import { UpdateBanner } from './pwa/UpdateBanner';
import './pwa/pwa.css';
import { DeviceRoleProvider } from '../ui/device-role-context';
import { mayDo, useDeviceRole } from '../db/device-role';
import { useLiveQuery } from 'dexie-react-hooks';
import { countPending } from '../db/pending';

// The directory's upkeep is shown only to a role that may change the directory.
const navigation = [
  { to: paths.overview(), key: 'overview', end: true, upkeep: false },
  { to: paths.concept(), key: 'concept', end: false, upkeep: false },
  { to: paths.fields(), key: 'fields', end: false, upkeep: false },
  { to: paths.indicators(), key: 'indicators', end: false, upkeep: false },
  { to: paths.municipalities(), key: 'municipalities', end: false, upkeep: false },
  { to: paths.offers(), key: 'offers', end: false, upkeep: false },
  { to: paths.directoryCare(), key: 'directoryCare', end: false, upkeep: true },
  { to: paths.evaluation(), key: 'evaluation', end: false, upkeep: false },
  // Linked for every device, a never-connected one too: its changes leave it as a file from there.
  { to: paths.sync(), key: 'sync', end: false, upkeep: false },
  { to: paths.settings(), key: 'settings', end: false, upkeep: false },
] as const;

export function Layout() {
  const { t, i18n } = useTranslation(['shell', 'common', 'pwa']);
  const concepts = useEntities('concepts');
  const role = useDeviceRole();
  // Changes not synced stay counted in the navigation, logged in or not.
  const pending = useLiveQuery(countPending, []);
  const started = useStartupDone() && concepts !== undefined && role !== undefined;
  const concept = concepts?.[0];
  const isExample = concepts?.some((c) => c.provenance?.example) ?? false;
  const { pathname } = useLocation();
  const navList = useRef<HTMLUListElement>(null);
  const mayKeepDirectory = role !== undefined && mayDo(role, 'offers', 'update');
  // Resetting the example replaces the whole model: the banner points there only for a role that may.
  const mayReplaceModel = role !== undefined && mayDo(role, 'concepts', 'create');
  // The upkeep entry appears once the role is known: the current item is brought into sight again.
  useNavScroll(navList, `${pathname} ${i18n.language} ${mayKeepDirectory}`);

  return (
    <div className="app">
      <a href="#main" className="skip-link">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <Link to={paths.overview()} className="brand">
          <span className="brand-name">{t('common:appName')}</span>
          {concept ? <span className="brand-county">{concept.county.name}</span> : null}
        </Link>
        <OnlineIndicator />
        <ConnectionLink />
        <SyncStatusSlot />
        <label className="language">
          <span>{t('language')}</span>
          <select value={i18n.language} onChange={(event) => void switchLanguage(event.target.value as Language)}>
            {languages.map((lng) => (
              <option key={lng} value={lng} lang={lng}>
                {t(`languages.${lng}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <nav aria-label={t('mainNav')} className="main-nav">
        <ul ref={navList}>
          {navigation.filter((item) => !item.upkeep || mayKeepDirectory).map((item) => (
            <li key={item.key}>
              <NavLink to={item.to} end={item.end}>
                {t(`nav.${item.key}`)}
                {item.key === 'sync' && pending ? (
                  <span className="nav-count">
                    <span aria-hidden="true">{pending}</span>
                    <span className="visually-hidden">{t('navPending', { count: pending })}</span>
                  </span>
                ) : null}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <OtherTabNotice />
      <UpdateBanner />
      <UnsavedChangesGuard />
      <BackupReminder />
      <SyncNewsSlot />
      <main id="main" tabIndex={-1}>
        {/* The banner comes with the screen, not before it, so it never pushes content down. */}
        {started && isExample ? (
          <p className="example-banner" role="note">
            {t('exampleBanner')}
            {mayReplaceModel ? (
              <>
                {' '}
                <Link to={paths.settings()}>{t('exampleBannerLink')}</Link>
              </>
            ) : null}
          </p>
        ) : null}
        <Suspense fallback={<Loading />}>
          <DeviceRoleProvider value={role}>{started ? <Outlet /> : <Loading />}</DeviceRoleProvider>
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>
          <Link to={paths.accessibility()}>{t('accessibilityStatement')}</Link>
        </p>
        <p className="meta">{t('pwa:footer', { version: appVersion, build: appBuild })}</p>
      </footer>
    </div>
  );
}
