// What a page says in place of an entry it cannot show: that the entry was deleted (when, and
// by whom where the deletion was signed), or that no entry with this address is on the device.
// "Nicht gefunden" alone left people guessing whether they had mistyped or lost something.
import type { ReactNode } from 'react';
import type { EntityKind } from '../core/schema';
import { authorName } from '../db/author';
import { useStoredEntity } from '../db/hooks';
import { formatDate } from './format';
import { useTranslation } from './i18n';
import { Loading } from './Loading';
import './entry-i18n';

/** The name a person knows an entry by: offers and most kinds have a name, measures and goals a title. */
export function entryName(record: object): string {
  const { name, title } = record as { name?: unknown; title?: unknown };
  return typeof name === 'string' ? name : typeof title === 'string' ? title : '';
}

/** In place of the page of `kind`/`id`; `children` (e.g. the history link) below a deletion. */
export function EntryNotFound({ kind, id, children }: { kind: EntityKind; id: string | undefined; children?: ReactNode }) {
  const { t, i18n } = useTranslation('entries');
  const stored = useStoredEntity(kind, id);
  if (stored === undefined) return <Loading />;
  const deleted = stored?.deleted ? stored : null;
  const by = deleted ? authorName(deleted.updatedBy) : null;
  const words = deleted ? { name: entryName(deleted), date: formatDate(deleted.updatedAt, i18n.language), by } : null;
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title" tabIndex={-1} className="page-title">
        {deleted ? t('deletedTitle') : t('notFoundTitle')}
      </h1>
      <p>{words ? (by ? t('deleted', words) : t('deletedHere', words)) : t('absent')}</p>
      {deleted ? children : null}
    </section>
  );
}
