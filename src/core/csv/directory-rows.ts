// The directory as one CSV row per offer, with what a person needs to pass it on: provider,
// contact (the offer's own, else the provider's), places, languages, target groups, fields
// and opening hours. Archived and deleted offers are left out: the file is for handing on.
import type { FieldOfAction, Location, Municipality, Offer, OpeningSlot, Provider, TargetGroup } from '../schema';
import { formatDateDe } from './german-format';
import { textCell, writeCsv } from './table';

export type DirectoryCsvWords = {
  targetGroup: Record<TargetGroup, string>;
  /** ISO weekday 1 (Monday) … 7 (Sunday) → short name, e.g. "Mo". */
  weekday: (day: number) => string;
  /** A language tag's name, e.g. "ar" → "Arabisch". */
  language: (tag: string) => string;
  countyWide: string;
  yes: string;
  no: string;
};

export const DIRECTORY_COLUMNS = [
  'Angebot',
  'Beschreibung',
  'Träger',
  'Telefon',
  'E-Mail',
  'Website',
  'Adressen',
  'Gemeinden',
  'Sprachen',
  'Zielgruppen',
  'Handlungsfelder',
  'Öffnungszeiten',
  'Kostenfrei',
  'Hinweis zu Kosten',
  'Zuletzt geprüft',
] as const;

export type DirectoryRecords = {
  offers: Offer[];
  providers: Provider[];
  locations: Location[];
  municipalities: Municipality[];
  fields: FieldOfAction[];
};

function hours(slots: OpeningSlot[], words: DirectoryCsvWords): string {
  return [...slots]
    .sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens))
    .map((s) => `${words.weekday(s.weekday)} ${s.opens}–${s.closes}`)
    .join(', ');
}

export function directoryCsv(records: DirectoryRecords, words: DirectoryCsvWords): string {
  const provider = new Map(records.providers.map((p) => [p.id, p]));
  const location = new Map(records.locations.map((l) => [l.id, l]));
  const municipality = new Map(records.municipalities.map((m) => [m.id, m.name]));
  const field = new Map(records.fields.map((f) => [f.id, f.name]));
  const rows = records.offers
    .filter((o) => !o.deleted && !o.archived)
    .sort((a, b) => a.name.localeCompare(b.name, 'de'))
    .map((o) => {
      const owner = provider.get(o.providerId);
      const pick = (key: 'phone' | 'email' | 'website') => o.contact[key] || owner?.contact[key] || '';
      const places = o.locationIds.flatMap((id) => {
        const l = location.get(id);
        return l ? [`${l.name}, ${l.address.street}, ${l.address.postcode} ${l.address.city}`] : [];
      });
      return [
        textCell(o.name),
        textCell(o.description),
        textCell(owner?.name ?? ''),
        textCell(pick('phone')),
        textCell(pick('email')),
        textCell(pick('website')),
        textCell(places.join('\n')),
        textCell(o.municipalityIds.length === 0 ? words.countyWide : o.municipalityIds.map((id) => municipality.get(id) ?? id).join(', ')),
        textCell(o.languages.map(words.language).join(', ')),
        textCell(o.targetGroups.map((g) => words.targetGroup[g]).join(', ')),
        textCell(o.fieldIds.map((id) => field.get(id) ?? id).join(', ')),
        textCell(hours(o.openingHours, words)),
        o.cost.free ? words.yes : words.no,
        textCell(o.cost.note),
        formatDateDe(o.lastVerified),
      ];
    });
  return writeCsv([...DIRECTORY_COLUMNS], rows);
}
