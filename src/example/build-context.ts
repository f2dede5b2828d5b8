// What every part of the example builder shares: the clock it was given, stable ids and
// the record base, and look-ups that turn the keys used in the data files into ids. A key
// the data does not define is reported by name here, which is easier to fix than a
// "missing reference" to an id nobody can read.
import type { ParsedSources } from './example-input';
import { stableId } from './stable-id';

export const EXAMPLE_AUTHOR = 'Beispieldaten';
/** The source of every figure the example made up. */
export const INVENTED_SOURCE = 'Beispielwert (erfunden)';

const INVENTED_NOTE = 'Für das Beispiel erfunden.';

export type Origin = { invented: boolean; note: string };

export type BaseFields = {
  id: string;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  revision: number;
  deleted: boolean;
  provenance: { example: boolean; invented: boolean; note: string };
};

/** The kinds of key the data files refer to each other by. */
export type KeyKind = 'concept' | 'principle' | 'field' | 'goal' | 'measure' | 'note' | 'indicator' | 'measurement' | 'need' | 'provider' | 'location' | 'offer' | 'municipality';

export class ExampleDataError extends Error {
  readonly reason = 'example_data';
}

export type BuildContext = {
  now: string;
  id: (kind: KeyKind, key: string) => string;
  base: (kind: KeyKind, key: string, origin: Origin) => BaseFields;
  /** The id of a key defined in the data; throws on an unknown key. */
  ref: (kind: 'field' | 'goal' | 'measure' | 'provider' | 'location', key: string, usedBy: string) => string;
  /** A municipality by official key or unique name. */
  place: (ref: string, usedBy: string) => string;
};

export function makeContext(data: ParsedSources, now: string): BuildContext {
  // The county key seeds every id, so two counties' examples never share an id.
  const id = (kind: KeyKind, key: string): string => stableId(`${data.county.kreisschluessel}:${kind}:${key}`);
  const known: Record<'field' | 'goal' | 'measure' | 'provider' | 'location', Set<string>> = {
    field: new Set(data.plan.fields.map((f) => f.code)),
    goal: new Set(data.plan.goals.map((g) => g.key)),
    measure: new Set(data.plan.measures.map((m) => m.key)),
    provider: new Set(data.directory.providers.map((p) => p.key)),
    location: new Set(data.directory.locations.map((l) => l.key)),
  };

  const byKey = new Map<string, string>();
  const byName = new Map<string, string[]>();
  for (const m of data.municipalities) {
    const key = officialKeyOf(m);
    byKey.set(key, key);
    byName.set(m.name, [...(byName.get(m.name) ?? []), key]);
  }

  return {
    now,
    id,
    base: (kind, key, origin) => ({
      id: id(kind, key),
      createdAt: now,
      updatedAt: now,
      updatedBy: EXAMPLE_AUTHOR,
      revision: 1,
      deleted: false,
      provenance: { example: true, invented: origin.invented, note: origin.note || (origin.invented ? INVENTED_NOTE : '') },
    }),
    ref: (kind, key, usedBy) => {
      if (!known[kind].has(key)) throw new ExampleDataError(`${usedBy}: unknown ${kind} "${key}"`);
      return id(kind, key);
    },
    place: (ref, usedBy) => {
      const keys = byKey.has(ref) ? [ref] : (byName.get(ref) ?? []);
      if (keys.length !== 1) {
        const why = keys.length === 0 ? 'unknown' : 'ambiguous (use the official key)';
        throw new ExampleDataError(`${usedBy}: municipality "${ref}" is ${why}`);
      }
      return id('municipality', keys[0]!);
    },
  };
}

/** AGS for municipalities, Verbandsschlüssel for Verbandsgemeinden. */
export function officialKeyOf(m: { name: string; ags: string | null; verbandsschluessel?: string | undefined }): string {
  const key = m.ags ?? m.verbandsschluessel;
  if (!key) throw new ExampleDataError(`municipality "${m.name}" has neither AGS nor Verbandsschlüssel`);
  return key;
}
