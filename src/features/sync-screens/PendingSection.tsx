// The changes this device has not synced, listed as a person knows them (entry, what changed,
// when, by whom), so they can see what a sync or a change file will carry.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from '../../ui/i18n';
import { formatDateTime } from '../../ui/format-time';
import { authorName } from '../../db/author';
import { pendingList } from '../../replica/pending-list';
import type { PendingItem } from '../../replica/pending-list';
import type { TFunction } from '../../ui/i18n';
import { entryName, fieldName } from './words';

function whatChanged(t: TFunction<'sync' | 'common'>, lang: string, item: PendingItem): string {
  if (item.what === 'created') return t('pendingList.created');
  if (item.what === 'deleted') return t('pendingList.deleted');
  if (item.fields.length === 0) return t('pendingList.changed');
  return t('pendingList.fields', { fields: item.fields.map((field) => fieldName(t, lang, [field])).join(', ') });
}

export function PendingSection() {
  const { t, i18n } = useTranslation(['sync', 'common']);
  const items = useLiveQuery(pendingList, []);
  if (!items || items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="sync-pending">
      <h2 id="sync-pending">{t('pendingList.heading', { count: items.length })}</h2>
      <ul className="sync-list">
        {items.map((item) => {
          const by = authorName(item.by);
          const when = formatDateTime(item.at, i18n.language);
          return (
            <li key={item.key}>
              <strong>{entryName(t, item.kind, item.title)}</strong>
              {': '}
              {whatChanged(t, i18n.language, item)}
              <br />
              <span className="meta">{by ? t('pendingList.by', { name: by, date: when }) : t('pendingList.onDevice', { date: when })}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
