// The coordinator's conflicts: where two devices changed the same field differently, the value
// that stayed and the one that lost side by side, with who and when. Restoring the other value
// writes it as a new revision on the server; keeping the stored one closes the conflict.
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { SyncConflict } from '../../core/merge/protocol';
import { useEntity } from '../../db/hooks';
import { useTranslation } from '../../ui/i18n';
import { PageTitle } from '../../ui/PageTitle';
import { formatDateTime } from '../../ui/format-time';
import { paths } from '../../ui/paths';
import { isLive, useConnection } from '../../replica/connection';
import { recordTitle } from '../../replica/record-title';
import { reviewApi } from '../../replica/review-api';
import { syncNow } from '../../replica/sync-engine';
import { explainServerError } from './server-errors';
import { useServerList } from './use-server-list';
import { entryName, fieldName, valueText } from './words';
import './sync.css';

export function ConflictsPage() {
  const { t } = useTranslation(['sync', 'common']);
  const connection = useConnection();
  const token = connection && isLive(connection, new Date().toISOString()) && connection.role === 'coordinator' ? connection.token : null;
  const load = useCallback(() => reviewApi.conflicts(token!), [token]);
  const { items, failure, reload } = useServerList(token ? load : null);
  const [said, setSaid] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    if (failure) void explainServerError(t, failure).then(setFailed);
  }, [failure, t]);

  const resolve = async (conflict: SyncConflict, restore: boolean, name: string) => {
    if (!token) return;
    setSaid(null);
    setFailed(null);
    try {
      await (restore ? reviewApi.restoreConflict(token, conflict.id) : reviewApi.dismissConflict(token, conflict.id));
      setSaid(restore ? t('conflicts.restored', { name }) : t('conflicts.keptDone'));
      reload();
      // The restored value is a new revision on the server: this device takes it now.
      if (restore) await syncNow();
    } catch (error) {
      setFailed(await explainServerError(t, error));
    }
  };

  return (
    <>
      <PageTitle>{t('conflicts.title')}</PageTitle>
      <p>{t('conflicts.intro')}</p>
      {!connection || !isLive(connection, new Date().toISOString()) ? <p>{t('conflicts.needLogin')}</p> : connection.role !== 'coordinator' ? <p>{t('conflicts.onlyCoordinator')}</p> : null}
      {failed ? (
        <p className="form-errors" role="alert">
          {failed}
        </p>
      ) : null}
      <p role="status">{said}</p>
      {token && items === null && !failed ? <p>{t('conflicts.loading')}</p> : null}
      {items ? (
        <section aria-labelledby="conflicts-list">
          <h2 id="conflicts-list">{t('conflicts.count', { count: items.length })}</h2>
          {items.length === 0 ? <p>{t('conflicts.none')}</p> : null}
          <ul className="sync-list">
            {items.map((conflict) => (
              <ConflictItem key={conflict.id} conflict={conflict} onResolve={(restore, name) => void resolve(conflict, restore, name)} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function ConflictItem({ conflict, onResolve }: { conflict: SyncConflict; onResolve: (restore: boolean, name: string) => void }) {
  const { t, i18n } = useTranslation(['sync', 'common']);
  const stored = useEntity(conflict.kind, conflict.recordId);
  const entry = entryName(t, conflict.kind, recordTitle(stored, t(`kinds.${conflict.kind}`)));
  const lang = i18n.language;
  const headingId = `conflict-${conflict.id}`;
  return (
    <li className="card">
      <h3 id={headingId}>
        {entry}: {t('conflicts.field', { field: fieldName(t, lang, conflict.path) })}
      </h3>
      <dl className="sync-values">
        <div>
          <dt>{t('conflicts.kept')}</dt>
          <dd>{valueText(t, lang, conflict.kind, conflict.path, conflict.kept)}</dd>
          <dd className="meta">{t('conflicts.by', { name: conflict.keptBy, date: formatDateTime(conflict.createdAt, lang) })}</dd>
        </div>
        <div>
          <dt>{t('conflicts.other')}</dt>
          <dd>{valueText(t, lang, conflict.kind, conflict.path, conflict.lost)}</dd>
          <dd className="meta">{t('conflicts.by', { name: conflict.lostBy, date: formatDateTime(conflict.createdAt, lang) })}</dd>
        </div>
      </dl>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => onResolve(true, conflict.lostBy)}>
          {t('conflicts.restore')}
          <span className="visually-hidden">: {entry}</span>
        </button>
        <button type="button" className="button" onClick={() => onResolve(false, conflict.lostBy)}>
          {t('conflicts.keep')}
          <span className="visually-hidden">: {entry}</span>
        </button>
        <Link className="button" to={paths.history(conflict.kind, conflict.recordId)}>
          {t('conflicts.history')}
          <span className="visually-hidden">: {entry}</span>
        </Link>
      </div>
    </li>
  );
}
