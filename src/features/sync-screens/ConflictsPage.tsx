// The coordinator's conflicts: where two devices changed the same field differently, the value
// that stayed and the one that lost side by side, with who and when. Restoring the other value
// writes it as a new revision on the server; keeping the stored one closes the conflict.
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { describeProblem } from '../../core/messages';
import type { SyncConflict } from '../../core/merge/protocol';
import { mayRestore, restoreAsk } from '../../core/rulebook/restore-grant';
import { useTranslation } from '../../ui/i18n';
import { PageTitle } from '../../ui/PageTitle';
import { formatDateTime } from '../../ui/format-time';
import { paths } from '../../ui/paths';
import { isLive, useConnection } from '../../replica/connection';
import { refreshOpenConflicts } from '../../replica/open-conflicts';
import { reviewApi } from '../../replica/review-api';
import { syncNow } from '../../replica/sync-engine';
import { explainServerError } from './server-errors';
import { useServerList } from './use-server-list';
import { useEntry } from './use-entry';
import { entryWords, fieldName, valueText, whyText } from './words';
import './sync.css';

export function ConflictsPage() {
  const { t, i18n } = useTranslation(['sync', 'common']);
  const connection = useConnection();
  const token = connection && isLive(connection, new Date().toISOString()) && connection.role === 'coordinator' ? connection.token : null;
  const load = useCallback(() => reviewApi.conflicts(token!), [token]);
  const { items, failure, reload } = useServerList(token ? load : null);
  const [said, setSaid] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    if (failure) void explainServerError(t, failure, i18n.language).then(setFailed);
  }, [failure, t, i18n.language]);
  // The header's count follows what she sees here.
  useEffect(() => {
    if (token && items) void refreshOpenConflicts(token);
  }, [token, items]);

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
      setFailed(await explainServerError(t, error, i18n.language));
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
  const lang = i18n.language;
  // A whole entry the server refused is on no device: the conflict's copy names it.
  const facts = useEntry(conflict.kind, conflict.recordId, conflict.path.length === 0 ? (conflict.lost ?? conflict.kept) : undefined);
  const entry = entryWords(t, conflict.kind, facts);
  const refusedEntry = conflict.reason === 'rejected' && conflict.path.length === 0;
  const rival = refusedEntry ? facts?.rival : undefined;
  // The restore writes the value on behalf of the person who lost it: their role must allow it.
  const role = conflict.lostByRole;
  const roleRefuses = role !== undefined && !mayRestore(role, conflict.kind, conflict.path, conflict.lost);
  const ask = restoreAsk(conflict.path, conflict.lost);
  const roleWhy = roleRefuses
    ? describeProblem({ path: '', code: 'forbidden', params: { role, operation: ask.operation, kind: conflict.kind, fields: ask.field ?? '' } }, lang === 'en' ? 'en' : 'de')
    : '';
  const offerRestore = !rival && !roleRefuses;
  const headingId = `conflict-${conflict.id}`;
  return (
    <li className="card">
      <h3 id={headingId}>{refusedEntry ? t('conflicts.refusedEntry', { entry }) : `${entry}: ${t('conflicts.field', { field: fieldName(t, lang, conflict.path) })}`}</h3>
      {conflict.reason === 'rejected' ? <p>{t('conflicts.reason', { why: whyText(t, lang, conflict.problems, conflict.lost) })}</p> : null}
      <dl className="sync-values">
        <div>
          <dt>{t('conflicts.kept')}</dt>
          {rival ? (
            <>
              <dd>{valueText(t, lang, conflict.kind, [], rival)}</dd>
              <dd className="meta">{t('conflicts.by', { name: rival.updatedBy, date: formatDateTime(rival.updatedAt, lang) })}</dd>
            </>
          ) : (
            <>
              <dd>{valueText(t, lang, conflict.kind, conflict.path, conflict.kept)}</dd>
              {refusedEntry ? null : <dd className="meta">{t('conflicts.by', { name: conflict.keptBy, date: formatDateTime(conflict.createdAt, lang) })}</dd>}
            </>
          )}
        </div>
        <div>
          <dt>{t('conflicts.other')}</dt>
          <dd>{valueText(t, lang, conflict.kind, conflict.path, conflict.lost)}</dd>
          <dd className="meta">{t('conflicts.by', { name: conflict.lostBy, date: formatDateTime(conflict.createdAt, lang) })}</dd>
        </div>
      </dl>
      {/* Offered only where it can succeed: while the other measurement stands, the refused one breaks the same rule again. */}
      {rival ? <p>{t('conflicts.cannotRestore')}</p> : null}
      {!rival && roleRefuses ? <p>{t('conflicts.roleCannot', { name: conflict.lostBy, why: roleWhy })}</p> : null}
      <div className="actions">
        {!offerRestore ? null : (
          <button type="button" className="button primary" onClick={() => onResolve(true, conflict.lostBy)}>
            {t('conflicts.restore')}
            <span className="visually-hidden">: {entry}</span>
          </button>
        )}
        <button type="button" className="button" onClick={() => onResolve(false, conflict.lostBy)}>
          {t('conflicts.keep')}
          <span className="visually-hidden">: {entry}</span>
        </button>
        {rival ? (
          <Link className="button" to={paths.indicator(rival.indicatorId)}>
            {t('conflicts.toIndicator')}
            <span className="visually-hidden">: {entry}</span>
          </Link>
        ) : (
          <Link className="button" to={paths.history(conflict.kind, conflict.recordId)}>
            {t('conflicts.history')}
            <span className="visually-hidden">: {entry}</span>
          </Link>
        )}
      </div>
    </li>
  );
}
