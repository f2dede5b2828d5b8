// What people type into the directory forms and the record changes built from it. Form
// keys are the records' field paths ("contact.email", "address.postcode"), so each schema
// problem lands beside its input. Lists are typed as text: keywords comma-separated, course
// dates as 01.03.2027 or 2027-03-01.
import type { Location, Offer, Provider, TargetGroup } from '../../core/schema';
import { numberToInput, parseDecimal } from '../../ui/format';
import type { SlotInput } from './form-parts';
import { slotInputs, slotValues } from './form-parts';
import type { TranslationInput } from './TranslationsEditor';

export const splitList = (text: string, separator: RegExp): string[] =>
  text
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);

/** "01.03.2027" → "2027-03-01"; anything else is kept for the schema to judge. */
export function readDate(text: string): string {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  return match ? `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}` : text.trim();
}

const showDate = (iso: string, lang: string) => (lang === 'de' ? iso.split('-').reverse().join('.') : iso);

type ContactValues = { 'contact.email': string; 'contact.phone': string; 'contact.website': string };
type AddressValues = { 'address.street': string; 'address.postcode': string; 'address.city': string };

const contactValues = (c: Provider['contact']): ContactValues => ({ 'contact.email': c.email, 'contact.phone': c.phone, 'contact.website': c.website });
const contactChanges = (v: ContactValues) => ({ email: v['contact.email'].trim(), phone: v['contact.phone'].trim(), website: v['contact.website'].trim() });
const addressValues = (a: Provider['address']): AddressValues => ({ 'address.street': a?.street ?? '', 'address.postcode': a?.postcode ?? '', 'address.city': a?.city ?? '' });
const addressChanges = (v: AddressValues) => ({ street: v['address.street'], postcode: v['address.postcode'].trim(), city: v['address.city'] });

// --- providers -------------------------------------------------------------------------

export type ProviderValues = ContactValues &
  AddressValues & {
    name: string;
    kind: string;
    description: string;
    languages: string[];
    targetGroups: string[];
    fieldIds: string[];
    lastVerified: string;
  };

export function providerValues(p: Provider | null, today: string): ProviderValues {
  return {
    name: p?.name ?? '',
    kind: p?.kind ?? '',
    description: p?.description ?? '',
    ...contactValues(p?.contact ?? { email: '', phone: '', website: '' }),
    ...addressValues(p?.address ?? null),
    languages: p?.languages ?? ['de'],
    targetGroups: p?.targetGroups ?? [],
    fieldIds: p?.fieldIds ?? [],
    lastVerified: p?.lastVerified ?? today,
  };
}

export function providerChanges(v: ProviderValues) {
  const address = addressChanges(v);
  const noAddress = Object.values(address).every((part) => part.trim() === '');
  return {
    name: v.name,
    kind: v.kind,
    description: v.description,
    contact: contactChanges(v),
    address: noAddress ? null : address,
    languages: v.languages,
    targetGroups: v.targetGroups as TargetGroup[],
    fieldIds: v.fieldIds,
    lastVerified: v.lastVerified,
  };
}

// --- locations -------------------------------------------------------------------------

export type LocationValues = AddressValues & {
  name: string;
  municipalityId: string;
  openingHours: SlotInput[];
  'accessibility.wheelchair': boolean;
  'accessibility.note': string;
  directions: string;
  lastVerified: string;
};

export function locationValues(l: Location | null, today: string): LocationValues {
  return {
    name: l?.name ?? '',
    ...addressValues(l?.address ?? null),
    municipalityId: l?.municipalityId ?? '',
    openingHours: slotInputs(l?.openingHours ?? []),
    'accessibility.wheelchair': l?.accessibility.wheelchair ?? false,
    'accessibility.note': l?.accessibility.note ?? '',
    directions: l?.directions ?? '',
    lastVerified: l?.lastVerified ?? today,
  };
}

export function locationChanges(v: LocationValues, providerId: string) {
  return {
    providerId,
    name: v.name,
    address: addressChanges(v),
    municipalityId: v.municipalityId || null,
    openingHours: slotValues(v.openingHours),
    accessibility: { wheelchair: v['accessibility.wheelchair'], note: v['accessibility.note'] },
    directions: v.directions,
    lastVerified: v.lastVerified,
  };
}

// --- offers ----------------------------------------------------------------------------

export type OfferValues = ContactValues & {
  name: string;
  description: string;
  keywords: string;
  locationIds: string[];
  municipalityIds: string[];
  languages: string[];
  targetGroups: string[];
  fieldIds: string[];
  'cost.free': boolean;
  'cost.note': string;
  eligibility: string;
  practicalNotes: string;
  openingHours: SlotInput[];
  'accessibility.wheelchair': boolean;
  'accessibility.note': string;
  isCourse: boolean;
  'course.nextStartDates': string;
  'course.freePlaces': string;
  'course.waitingList': boolean;
  translations: TranslationInput[];
  lastVerified: string;
};

export function offerValues(o: Offer | null, today: string, lang: string): OfferValues {
  return {
    name: o?.name ?? '',
    description: o?.description ?? '',
    keywords: o?.keywords.join(', ') ?? '',
    locationIds: o?.locationIds ?? [],
    municipalityIds: o?.municipalityIds ?? [],
    ...contactValues(o?.contact ?? { email: '', phone: '', website: '' }),
    languages: o?.languages ?? ['de'],
    targetGroups: o?.targetGroups ?? [],
    fieldIds: o?.fieldIds ?? [],
    'cost.free': o?.cost.free ?? true,
    'cost.note': o?.cost.note ?? '',
    eligibility: o?.eligibility ?? '',
    practicalNotes: o?.practicalNotes ?? '',
    openingHours: slotInputs(o?.openingHours ?? []),
    'accessibility.wheelchair': o?.accessibility.wheelchair ?? false,
    'accessibility.note': o?.accessibility.note ?? '',
    isCourse: Boolean(o?.course),
    'course.nextStartDates': (o?.course?.nextStartDates ?? []).map((d) => showDate(d, lang)).join(', '),
    'course.freePlaces': numberToInput(o?.course?.freePlaces ?? null, lang),
    'course.waitingList': o?.course?.waitingList ?? false,
    translations: Object.entries(o?.translations ?? {}).map(([tag, tr]) => ({ lang: tag, ...tr })),
    lastVerified: o?.lastVerified ?? today,
  };
}

export function offerChanges(v: OfferValues, providerId: string) {
  const freePlaces = parseDecimal(v['course.freePlaces']);
  return {
    providerId,
    name: v.name,
    description: v.description,
    keywords: splitList(v.keywords, /[,;\n]/),
    locationIds: v.locationIds,
    municipalityIds: v.municipalityIds,
    contact: contactChanges(v),
    languages: v.languages,
    targetGroups: v.targetGroups as TargetGroup[],
    fieldIds: v.fieldIds,
    cost: { free: v['cost.free'], note: v['cost.note'] },
    eligibility: v.eligibility,
    practicalNotes: v.practicalNotes,
    openingHours: slotValues(v.openingHours),
    accessibility: { wheelchair: v['accessibility.wheelchair'], note: v['accessibility.note'] },
    course: v.isCourse
      ? { nextStartDates: splitList(v['course.nextStartDates'], /[\s,;]+/).map(readDate).sort(), freePlaces: freePlaces ?? null, waitingList: v['course.waitingList'] }
      : null,
    translations: Object.fromEntries(v.translations.map(({ lang, ...text }) => [lang, text])),
    lastVerified: v.lastVerified,
  };
}
