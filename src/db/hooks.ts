// Live queries for screens: they re-render when the data changes, in this tab or another.
// `undefined` means still loading; a missing record is `null`.
import { useLiveQuery } from 'dexie-react-hooks';
import type { EntityKind, EntityOf } from '../core/schema';
import { db } from './database';

const active = <T extends { deleted: boolean }>(rows: T[]): T[] => rows.filter((row) => !row.deleted);

/** One record by id; null when it does not exist or was deleted. */
export function useEntity<K extends EntityKind>(kind: K, id: string | undefined): EntityOf<K> | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null;
    const row = await db().entities(kind).get(id);
    return row && !row.deleted ? (row) : null;
  }, [kind, id]);
}

/** Every live record of a kind. */
export function useEntities<K extends EntityKind>(kind: K): EntityOf<K>[] | undefined {
  return useLiveQuery(async () => active(await db().entities(kind).toArray()) as EntityOf<K>[], [kind]);
}

/**
 * One record by id as stored, a deleted one (its tombstone, which keeps its content) included:
 * for saying what became of an entry, not for showing it as live. Null when it never existed here.
 */
export function useStoredEntity<K extends EntityKind>(kind: K, id: string | undefined): EntityOf<K> | null | undefined {
  return useLiveQuery(async () => (id ? ((await db().entities(kind).get(id)) ?? null) : null), [kind, id]);
}

/** Every record of a kind, deleted ones included: names for references to entries deleted since. */
export function useStoredEntities<K extends EntityKind>(kind: K): EntityOf<K>[] | undefined {
  return useLiveQuery(async () => (await db().entities(kind).toArray()) as EntityOf<K>[], [kind]);
}

/** Records whose indexed field (or multi-entry array field) equals the value. */
export function useEntitiesWhere<K extends EntityKind>(
  kind: K,
  index: string,
  value: string | undefined,
): EntityOf<K>[] | undefined {
  return useLiveQuery(async () => {
    if (value === undefined) return [];
    const rows = await db().entities(kind).where(index).equals(value).toArray();
    return active(rows);
  }, [kind, index, value]);
}

/** The most recently changed records of a kind. */
export function useRecentlyChanged<K extends EntityKind>(kind: K, limit: number): EntityOf<K>[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db().entities(kind).orderBy('updatedAt').reverse().limit(limit * 2).toArray();
    return active(rows).slice(0, limit);
  }, [kind, limit]);
}

export function useMeta<T>(key: string): T | undefined {
  return useLiveQuery(async () => (await db().meta.get(key))?.value as T | undefined, [key]);
}

export type RecentChange = { kind: 'goals' | 'measures' | 'indicators' | 'needs'; id: string; title: string; updatedAt: string; updatedBy: string };

/** The latest edits across the plan, newest first: what colleagues changed recently. */
export function useRecentChanges(limit: number): RecentChange[] | undefined {
  return useLiveQuery(async () => {
    const kinds = ['goals', 'measures', 'indicators', 'needs'] as const;
    const batches = await Promise.all(
      kinds.map(async (kind) => {
        const rows = await db().anyTable(kind).orderBy('updatedAt').reverse().limit(limit).toArray();
        return active(rows).map((row): RecentChange => ({
          kind,
          id: row.id,
          title: 'title' in row ? row.title : 'name' in row ? row.name : 'description' in row ? row.description : row.id,
          updatedAt: row.updatedAt,
          updatedBy: row.updatedBy,
        }));
      }),
    );
    return batches.flat().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, limit);
  }, [limit]);
}
