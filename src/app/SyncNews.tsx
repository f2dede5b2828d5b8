// Beneath the header: what other devices changed since the person last looked, named (entry,
// who, when) with a link to each entry's history, until the person says they have seen it.
// Loaded with its words by SyncNewsSlot, only on a device connected to a county server.
import { Link } from 'react-router';
import { useMeta } from '../db/hooks';
import { useTranslation } from '../ui/i18n';
import { formatRecent } from '../ui/format-time';
import { paths } from '../ui/paths';
import type { News } from '../replica/news';
import { dismissNews } from '../replica/news';
import { SYNC_NEWS_KEY } from '../replica/sync-keys';
import { entryName } from '../features/sync-screens/words';

export function SyncNews() {
  const { t, i18n } = useTranslation(['sync', 'common']);
  const news = useMeta<News | null>(SYNC_NEWS_KEY);
  if (!news || news.count === 0) return null;
  const now = new Date();
  const more = news.count - news.items.length;
  return (
    <section className="pwa-banner sync-news" aria-labelledby="sync-news-heading" aria-live="polite">
      <h2 id="sync-news-heading">{t('news.heading', { count: news.count })}</h2>
      <ul>
        {news.items.map((item) => (
          <li key={item.key}>
            <Link to={paths.history(item.kind, item.id)}>{entryName(t, item.kind, item.title)}</Link>
            {' – '}
            {t(item.deleted ? 'news.deletedBy' : 'news.changedBy', { name: item.by, when: formatRecent(item.at, now, i18n.language) })}
          </li>
        ))}
      </ul>
      {more > 0 ? <p>{t('news.more', { count: more })}</p> : null}
      <button type="button" className="button" onClick={() => void dismissNews()}>
        {t('news.seen')}
      </button>
    </section>
  );
}
