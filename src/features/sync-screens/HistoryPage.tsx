// An entry's history on the server: every revision with who stored it and when; two revisions
// compared field by field; an earlier value restored (the coordinator), itself a new revision.
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { EntityKind } from '../../core/schema';
import { compareRecords } from '../../core/merge/diff';
import { entityKinds } from '../../core/vocabulary';
import { useTranslation } from '../../ui/i18n';
import { NotFound } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { entryPath } from '../../ui/entry-path';
import { TableScroll } from '../../ui/TableScroll';
import { formatDateTime } from '../../ui/format-time';
import { isLive, useConnection } from '../../replica/connection';
import type { Revision } from '../../replica/review-api';
import { reviewApi } from '../../replica/review-api';
import { syncNow } from '../../replica/sync-engine';
import { explainServerError } from './server-errors';
import { useServerList } from './use-server-list';
import { useEntry } from './use-entry';
import { entryWords, fieldName, valueText } from './words';
import './sync.css';

/** The two ends of a comparison: the older revision, then the newer one. */
const compareEnds = ['from', 'to'] as const;

const isKind = (kind: string | undefined): kind is EntityKind => (entityKinds as readonly (string | undefined)[]).includes(kind);

/** Who made a revision another account sent (the record's madeBy); undefined when the sender made it. */
function madeByOf(revision: Revision): string | undefined {
  const madeBy = revision.record.madeBy;
  return typeof madeBy === 'string' && madeBy !== revision.updatedBy ? madeBy : undefined;
}

export function HistoryPage() {
  const { kind, id } = useParams();
  if (!isKind(kind) || !id) return <NotFound />;
  return <History kind={kind} id={id} />;
}

function History({ kind, id }: { kind: EntityKind; id: string }) {
  const { t, i18n } = useTranslation(['sync', 'common']);
  const connection = useConnection();
  const token = connection && isLive(connection, new Date().toISOString()) ? connection.token : null;
  const load = useCallback(() => reviewApi.history(token!, kind, id), [token, kind, id]);
  const { items: revisions, failure, reload } = useServerList<Revision>(token ? load : null);
  const [failed, setFailed] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);
  const lang = i18n.language;

  useEffect(() => {
    if (failure) void explainServerError(t, failure, i18n.language).then(setFailed);
  }, [failure, t, i18n.language]);

  // Until the person picks, compare the latest revision with the one before it.
  const latest = revisions?.at(-1);
  const chosen = pair ?? (revisions && revisions.length > 0 ? { from: revisions.at(-2)?.revision ?? revisions[0]!.revision, to: latest!.revision } : null);
  const from = revisions?.find((r) => r.revision === chosen?.from);
  const to = revisions?.find((r) => r.revision === chosen?.to);
  const differences = from && to ? compareRecords(from.record, to.record) : [];
  // Named as this device knows it, a deleted entry by its last version, else by the server's latest.
  const facts = useEntry(kind, id, latest?.record);
  const entry = entryWords(t, kind, facts);
  const coordinator = connection?.role === 'coordinator';
  const page = entryPath(kind, id);

  const restore = async (path: string[]) => {
    if (!token || !from) return;
    setSaid(null);
    setFailed(null);
    try {
      await reviewApi.restoreRevision(token, kind, id, from.revision, path);
      setSaid(t('history.restored', { field: fieldName(t, lang, path), revision: from.revision }));
      setPair(null);
      reload();
      await syncNow();
    } catch (error) {
      setFailed(await explainServerError(t, error, i18n.language));
    }
  };

  return (
    <>
      <PageTitle>{latest ? t('history.title', { entry }) : t('history.titleUnknown')}</PageTitle>
      <p>{t('history.intro')}</p>
      {page ? (
        <p>
          <Link to={page}>{t('history.toEntry')}</Link>
        </p>
      ) : null}
      {!token ? <p>{t('history.needLogin')}</p> : null}
      {failed ? (
        <p className="form-errors" role="alert">
          {failed}
        </p>
      ) : null}
      <p role="status">{said}</p>
      {token && revisions === null && !failed ? <p>{t('history.loading')}</p> : null}
      {revisions && revisions.length > 0 ? (
        <>
          <section className="card" aria-labelledby="history-revisions">
            <h2 id="history-revisions">{t('history.revisions', { count: revisions.length })}</h2>
            <ol className="sync-list">
              {[...revisions].reverse().map((revision) => (
                <li key={revision.countyRevision}>
                  <strong>{t('history.revision', { revision: revision.revision })}</strong>
                  {': '}
                  {madeByOf(revision)
                    ? t('authorship.sentBy', { name: madeByOf(revision), sender: revision.updatedBy, date: formatDateTime(revision.updatedAt, lang) })
                    : t('history.who', { name: revision.updatedBy, date: formatDateTime(revision.updatedAt, lang) })}
                  {revision.refused ? ` (${t('history.refused')})` : revision.deleted ? ` (${t('history.deleted')})` : null}
                </li>
              ))}
            </ol>
          </section>
          <section className="card" aria-labelledby="history-compare">
            <h2 id="history-compare">{t('history.compare')}</h2>
            <div className="sync-compare">
              {compareEnds.map((end) => (
                <div className="field" key={end}>
                  <label className="field-label" htmlFor={`history-${end}`}>
                    {end === 'from' ? t('history.compareFrom') : t('history.compareTo')}
                  </label>
                  <select id={`history-${end}`} value={chosen?.[end]} onChange={(event) => setPair({ ...chosen!, [end]: Number(event.target.value) })}>
                    {revisions.map((revision) => (
                      <option key={revision.countyRevision} value={revision.revision}>
                        {t('history.revision', { revision: revision.revision })}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
            {differences.length === 0 ? (
              <p>{t('history.same')}</p>
            ) : (
              <TableScroll label={t('history.compare')}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('history.fieldColumn')}</th>
                      <th scope="col">{t('history.revision', { revision: from!.revision })}</th>
                      <th scope="col">{t('history.revision', { revision: to!.revision })}</th>
                      {coordinator ? (
                        <th scope="col">
                          <span className="visually-hidden">{t('history.restoreAction')}</span>
                        </th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody>
                    {differences.map((difference) => {
                      const field = fieldName(t, lang, difference.path);
                      return (
                        <tr key={difference.path.join('/')}>
                          <th scope="row">{field}</th>
                          <td>{valueText(t, lang, kind, difference.path, difference.before)}</td>
                          <td>{valueText(t, lang, kind, difference.path, difference.after)}</td>
                          {coordinator ? (
                            <td>
                              <button type="button" className="button" onClick={() => void restore(difference.path)}>
                                {t('history.restoreAction')}
                                <span className="visually-hidden">: {t('history.restoreField', { field, revision: from!.revision })}</span>
                              </button>
                            </td>
                          ) : null}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableScroll>
            )}
            {!coordinator ? <p className="meta">{t('history.onlyCoordinator')}</p> : null}
          </section>
        </>
      ) : null}
    </>
  );
}
