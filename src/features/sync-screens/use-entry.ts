// What sync's screens know of the entry a conflict or a notice is about, read live from this
// device: its content (a deleted entry by its last version, issue 18: "Angebot „Angebot“" named
// nothing), and for a measurement its indicator, period and place, as a person knows it. A new
// entry the server refused is on no device; the conflict's own copy of it stands in.
// For a refused measurement the one stored for the same indicator, period and place is the
// value that stayed, and while it is there the refused one cannot be restored.
import { useLiveQuery } from 'dexie-react-hooks';
import { isPlainObject } from '../../core/merge/json';
import type { EntityKind, Measurement } from '../../core/schema';
import { db } from '../../db/database';
import { recordTitle } from '../../replica/record-title';

export type EntryFacts = {
  /** The entry's content: as stored here (deleted or not), else the conflict's copy. */
  record: Record<string, unknown> | undefined;
  /** Stored here and not deleted. */
  live: boolean;
  /** The words after the kind: a title, or a measurement's indicator, period and place. */
  title: string | undefined;
  measurement?: { indicator: string | undefined; period: string; municipality: string | null | undefined };
  /** A refused measurement's rival: the live one of the same indicator, period and place. */
  rival?: Measurement;
};

async function readFacts(kind: EntityKind, id: string, copy: unknown): Promise<EntryFacts> {
  const stored = (await db().anyTable(kind).get(id)) as Record<string, unknown> | undefined;
  const record = stored ?? (isPlainObject(copy) ? copy : undefined);
  const live = stored !== undefined && stored.deleted !== true;
  const title = recordTitle(record, '') || undefined;
  if (kind !== 'measurements' || !record || typeof record.indicatorId !== 'string' || typeof record.period !== 'string') return { record, live, title };
  const { indicatorId, period } = record;
  const municipalityId = typeof record.municipalityId === 'string' ? record.municipalityId : null;
  const indicator = await db().entities('indicators').get(indicatorId);
  const municipality = municipalityId ? await db().entities('municipalities').get(municipalityId) : null;
  const others = await db().entities('measurements').where('indicatorId').equals(indicatorId).toArray();
  const rival = others.find((m) => m.id !== id && !m.deleted && m.period === period && m.municipalityId === municipalityId);
  return {
    record, live, title,
    measurement: { indicator: indicator?.name, period, municipality: municipalityId === null ? null : municipality?.name },
    ...(rival ? { rival } : {}),
  };
}

/** The facts, live; undefined while they load. `copy`: the entry as the conflict holds it. */
export function useEntry(kind: EntityKind, id: string, copy?: unknown): EntryFacts | undefined {
  return useLiveQuery(() => readFacts(kind, id, copy), [kind, id, JSON.stringify(copy ?? null)]);
}
