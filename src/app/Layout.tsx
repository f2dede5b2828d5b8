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
import { BackupReminder } from './pwa/BackupReminder';
import { appBuild, appVersion } from './pwa/build-info';
import { OnlineIndicator } from './pwa/OnlineIndicator';
import { OtherTabNotice } from './pwa/OtherTabNotice';
import { UpdateBanner } from './pwa/UpdateBanner';
import './pwa/pwa.css';

// `coordinator` marks what only the coordinator works with. There are no user roles yet
// (logins come with the server), so everyone sees those entries until a role can hide them.
const navigation = [
  { to: paths.overview(), key: 'overview', end: true, coordinator: false },
  { to: paths.concept(), key: 'concept', end: false, coordinator: false },
  { to: paths.fields(), key: 'fields', end: false, coordinator: false },
  { to: paths.indicators(), key: 'indicators', end: false, coordinator: false },
  { to: paths.municipalities(), key: 'municipalities', end: false, coordinator: false },
  { to: paths.offers(), key: 'offers', end: false, coordinator: false },
  { to: paths.directoryCare(), key: 'directoryCare', end: false, coordinator: true },
  { to: paths.evaluation(), key: 'evaluation', end: false, coordinator: false },
  { to: paths.settings(), key: 'settings', end: false, coordinator: false },
] as const;

export function Layout() {
  const { t, i18n } = useTranslation(['shell', 'common', 'pwa']);
  const concepts = useEntities('concepts');
  const started = useStartupDone() && concepts !== undefined;
  const concept = concepts?.[0];
  const isExample = concepts?.some((c) => c.provenance?.example) ?? false;
  const { pathname } = useLocation();
  const navList = useRef<HTMLUListElement>(null);
  useNavScroll(navList, `${pathname} ${i18n.language}`);

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
          {navigation.map((item) => (
            <li key={item.key}>
              <NavLink to={item.to} end={item.end}>
                {t(`nav.${item.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <OtherTabNotice />
      <UpdateBanner />
      <UnsavedChangesGuard />
      <BackupReminder />
      <main id="main" tabIndex={-1}>
        {/* The banner comes with the screen, not before it, so it never pushes content down. */}
        {started && isExample ? (
          <p className="example-banner" role="note">
            {t('exampleBanner')} <Link to={paths.settings()}>{t('exampleBannerLink')}</Link>
          </p>
        ) : null}
        <Suspense fallback={<Loading />}>
          {started ? <Outlet /> : <Loading />}
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
