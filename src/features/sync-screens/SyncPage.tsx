// The sync screen: how sync stands and what to do about it (the header links here), the first
// connection's question, refused changes and values that lost a conflict, and the manual sync
// by file for devices that never get online.
import { Link } from 'react-router';
import { useTranslation } from '../../ui/i18n';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import { isLive, useConnection } from '../../replica/connection';
import { useSyncSummary } from '../../replica/sync-status';
import { ChangeFileSection } from './ChangeFileSection';
import { FirstConnectionSection } from './FirstConnectionSection';
import { LostValuesSection } from './LostValuesSection';
import { PendingSection } from './PendingSection';
import { RefusedSection } from './RefusedSection';
import { SyncStateSection } from './SyncStateSection';
import './sync.css';

export function SyncPage() {
  const { t } = useTranslation('sync');
  const connection = useConnection();
  const summary = useSyncSummary();
  const live = connection !== null && isLive(connection, new Date().toISOString());
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      {summary ? (
        <>
          <SyncStateSection connection={connection} live={live} summary={summary} />
          {summary.first ? <FirstConnectionSection first={summary.first} /> : null}
          <RefusedSection refused={summary.refused} />
          {summary.lost.length > 0 ? <LostValuesSection lost={summary.lost} /> : null}
          {live && connection.role === 'coordinator' ? (
            <p>
              <Link className="button" to={paths.conflicts()}>
                {summary.openConflicts > 0 ? t('state.conflictsCount', { count: summary.openConflicts }) : t('state.conflicts')}
              </Link>
            </p>
          ) : null}
          <PendingSection />
          <ChangeFileSection connected={live} pending={summary.pending} />
        </>
      ) : null}
    </>
  );
}
