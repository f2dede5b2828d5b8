// Last sync, changes waiting, the last problem with what to do, and "sync now".
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../ui/i18n';
import { formatDateTime } from '../../ui/format-time';
import { paths } from '../../ui/paths';
import type { Connection } from '../../replica/connection';
import type { SyncRun } from '../../replica/sync-engine';
import { syncNow } from '../../replica/sync-engine';
import type { SyncProblem } from '../../replica/sync-keys';
import { useSyncRunning } from '../../replica/sync-running';
import type { SyncSummary } from '../../replica/sync-status';

type Props = { connection: Connection | null; live: boolean; summary: SyncSummary };

export function SyncStateSection({ connection, live, summary }: Props) {
  const { t, i18n } = useTranslation('sync');
  const running = useSyncRunning();
  const [run, setRun] = useState<SyncRun | null>(null);
  const lang = i18n.language;

  const problemText = (problem: SyncProblem) => (problem === 'offline' ? t('problem.offline', { count: summary.pending }) : t(`problem.${problem}`));
  // The stored outcome speaks for every tab; an expired login is known before any attempt.
  const problem: SyncProblem | null =
    connection && !live ? 'login_expired' : summary.first?.state === 'county_empty' ? 'county_empty' : summary.outcome && !summary.outcome.ok ? summary.outcome.problem : null;

  const start = async () => {
    setRun(null);
    setRun(await syncNow());
  };

  return (
    <section className="card" aria-labelledby="sync-state">
      <h2 id="sync-state">{t('state.heading')}</h2>
      {!connection ? (
        <p>
          {t('state.notConnected')} <Link to={paths.account()}>{t('state.connect')}</Link>
        </p>
      ) : (
        <>
          <p>{summary.lastSyncAt ? t('state.lastSync', { date: formatDateTime(summary.lastSyncAt, lang) }) : t('state.neverSynced')}</p>
          <p>{summary.pending > 0 ? t('state.pending', { count: summary.pending }) : t('state.allSynced')}</p>
          {problem ? (
            <p className="sync-problem">
              <span aria-hidden="true">⚠ </span>
              {problemText(problem)}
              {problem === 'login_expired' ? (
                <>
                  {' '}
                  <Link to={paths.account()}>{t('problem.login_link')}</Link>
                </>
              ) : null}
            </p>
          ) : null}
          <div className="actions">
            <button type="button" className="button primary" disabled={running || !live} onClick={() => void start()}>
              {t('state.syncNow')}
            </button>
          </div>
        </>
      )}
      <p role="status">{running ? t('state.running') : run?.status === 'done' ? t('state.done', { sent: run.sent, received: run.received }) : run?.status === 'busy' ? t('state.busy') : null}</p>
    </section>
  );
}
