// What other devices changed since the person last looked: each sync notes the records it
// received that this device did not send (not on the first download, which is the whole county),
// and the shell names them until the person says they have seen them. Kept in the meta table,
// with titles and authors as words, so the notice reads no schemas and every tab shows the same.
import type { AnyEntity, EntityKind } from '../core/schema';
import { recordTitle } from './record-title';
import { SYNC_NEWS_KEY } from './sync-keys';
import { readMeta, writeMeta } from './sync-meta';

export type NewsItem = { key: string; kind: EntityKind; id: string; title: string; by: string; at: string; deleted: boolean };

/** `count`: every change received since the person last looked; `items`: the newest of them, named. */
export type News = { count: number; items: NewsItem[] };

/** Entries named at most; beyond them the notice gives the count. */
const NAMED = 8;

/** Who made a change as the history shows it: the person who made it, not the one who sent it. */
export function madeByOf(record: AnyEntity): string {
  const madeBy = (record as { madeBy?: unknown }).madeBy;
  return typeof madeBy === 'string' && madeBy !== '' ? madeBy : record.updatedBy;
}

export async function noteNews(received: readonly { kind: EntityKind; record: AnyEntity }[]): Promise<void> {
  if (received.length === 0) return;
  const news = (await readMeta<News | null>(SYNC_NEWS_KEY)) ?? { count: 0, items: [] };
  const fresh: NewsItem[] = received.map(({ kind, record }) => {
    const key = `${kind}/${record.id}`;
    return { key, kind, id: record.id, title: recordTitle(record, key), by: madeByOf(record), at: record.updatedAt, deleted: record.deleted };
  });
  const keys = new Set(fresh.map((item) => item.key));
  const items = [...fresh.sort((a, b) => (a.at < b.at ? 1 : -1)), ...news.items.filter((item) => !keys.has(item.key))].slice(0, NAMED);
  await writeMeta(SYNC_NEWS_KEY, { count: news.count + received.length, items } satisfies News);
}

/** The person has seen the news. */
export function dismissNews(): Promise<void> {
  return writeMeta(SYNC_NEWS_KEY, null);
}
