// How sync's screens name entries, fields and values to a person: "Maßnahme „Sprachcafé“",
// "Status", "Abgeschlossen" rather than measures/…, status, done.
import { describeProblem, fieldLabel, isProblemCode } from '../../core/messages';
import type { SyncConflict } from '../../core/merge/protocol';
import type { EntityKind } from '../../core/schema';
import type { TFunction } from '../../ui/i18n';
import { formatNumber } from '../../ui/format';
import type { EntryFacts } from './use-entry';

type T = TFunction<'sync' | 'common'>;

export function entryName(t: T, kind: EntityKind, title: string): string {
  return t('entry', { kind: t(`kinds.${kind}`), title });
}

/**
 * The entry as a person knows it: a measurement by its indicator, period and place ("Messwert
 * „Teilnehmende an Integrationskursen“ für 2026, kreisweit"), anything else by its title or
 * name, a deleted entry by its last one; `fallback` (a title noted earlier) when nothing is known.
 */
export function entryWords(t: T, kind: EntityKind, facts: EntryFacts | undefined, fallback?: string): string {
  const measurement = facts?.measurement;
  if (measurement) {
    const place = measurement.municipality === null ? t('countyWide') : measurement.municipality ?? t('unknownPlace');
    return t('entryMeasurement', { indicator: measurement.indicator ?? t('unknownIndicator'), period: measurement.period, place });
  }
  const title = facts?.title ?? fallback;
  return title ? entryName(t, kind, title) : t(`kinds.${kind}`);
}

type Problems = NonNullable<SyncConflict['problems']>;

/**
 * Why the server refused a value, in the person's language. Conflicts stored before their
 * problems carried params take them from the refused record itself (its period, say).
 */
export function whyText(t: T, lang: string, problems: Problems | undefined, record?: unknown): string {
  if (!problems || problems.length === 0) return t('reasons.unknown');
  const fromRecord: Record<string, string | number> = {};
  if (record && typeof record === 'object') {
    for (const [key, value] of Object.entries(record)) if (typeof value === 'string' || typeof value === 'number') fromRecord[key] = value;
  }
  const words = problems.map((problem) =>
    isProblemCode(problem.code) ? describeProblem({ path: problem.path, code: problem.code, params: { ...fromRecord, ...problem.params } }, lang === 'en' ? 'en' : 'de') : t('reasons.unknown'),
  );
  return [...new Set(words)].join(' ');
}

const knownFields = ['title', 'name', 'status', 'description', 'progressNotes', 'note', 'value', 'vision', 'principles', 'responsibleUnit', 'deleted'] as const;
type KnownField = (typeof knownFields)[number];

/**
 * The field a conflict or a difference sits in; a list item's own field is named after the list.
 * Fields sync has no word of its own for take the label the forms' messages use.
 */
export function fieldName(t: T, lang: string, path: readonly string[]): string {
  const field = path[0];
  if (field === undefined) return t('fields.deleted');
  return (knownFields as readonly string[]).includes(field) ? t(`fields.${field as KnownField}`) : fieldLabel(field, lang === 'en' ? 'en' : 'de');
}

const statusWords: Partial<Record<EntityKind, 'measureStatus' | 'needStatus' | 'conceptStatus' | 'correctionStatus'>> = {
  measures: 'measureStatus',
  needs: 'needStatus',
  concepts: 'conceptStatus',
  correctionReports: 'correctionStatus',
};

const MAX_TEXT = 200;

function short(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** A value in words: a status by its name, a list of notes by their texts, an empty one as "leer". */
export function valueText(t: T, lang: string, kind: EntityKind, path: readonly string[], value: unknown): string {
  if (value === undefined || value === null || value === '') return t('value.empty');
  if (typeof value === 'boolean') return value ? t('value.yes') : t('value.no');
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'string') {
    const words = statusWords[kind];
    // The value is one of the kind's statuses (the schema checked it); the key type cannot know which.
    if (path.length === 1 && path[0] === 'status' && words) return t(`common:${words}.${value}` as never);
    return short(value);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return t('value.empty');
    if (value.every((item) => typeof item === 'string' || typeof item === 'number')) return short(value.join(', '));
    const texts = value.map((item) => (item && typeof item === 'object' ? textOf(item as Record<string, unknown>) : undefined));
    return texts.every((text) => text !== undefined) ? short(texts.join(' · ')) : t('value.items', { count: value.length });
  }
  if (typeof value === 'object') {
    const item = value as Record<string, unknown>;
    // A whole measurement (a refused new one): its value, with its note if it has one.
    if (kind === 'measurements' && typeof item.value === 'number') {
      const number = formatNumber(item.value, lang);
      return typeof item.note === 'string' && item.note.trim() !== '' ? t('value.measurementNote', { value: number, note: short(item.note.trim()) }) : number;
    }
    return short(textOf(item) ?? JSON.stringify(value));
  }
  return short(JSON.stringify(value));
}

function textOf(item: Record<string, unknown>): string | undefined {
  for (const field of ['text', 'title', 'name', 'note']) if (typeof item[field] === 'string') return item[field];
  return undefined;
}
