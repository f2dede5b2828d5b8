// HSDS records (as read by read.ts) → our providers, offers and locations, as drafts without
// the record base. Only what HSDS carries is filled; plan.ts merges drafts into existing records
// and fills defaults for new ones. What cannot be kept (a foreign address, an unreadable phone)
// becomes a note on the record instead of a rejection: see EXCHANGE.md.
import type { Location, OpeningSlot, Provider } from '../schema/directory';
import { contact as contactSchema } from '../schema/directory';
import type { FieldOfAction } from '../schema/plan';
import type { Municipality } from '../schema/municipality';
import type { TargetGroup } from '../schema/common';
import { languageTag, targetGroups } from '../schema/common';
import type { AttributeIn, LocationIn, OrganizationIn, ScheduleIn, ServiceIn } from './input';
import type { HsdsReason } from './reasons';
import type { Feature } from './taxonomy';
import { FEATURE_TAXONOMY, FIELD_TAXONOMY, MUNICIPALITY_TAXONOMY, TARGET_GROUP_TAXONOMY, featureTermId, targetGroupByTermId } from './taxonomy';
import { weekdayCodes } from './export';

export type Vocabulary = { fields: FieldOfAction[]; municipalities: Municipality[] };

type Classified = {
  targetGroups: TargetGroup[];
  fieldIds: string[];
  municipalityIds: string[];
  features: { feature: Feature; value: string }[];
};

const str = (value: string | null | undefined) => (value ?? '').trim();
const unique = <T>(items: T[]) => [...new Set(items)];

export function classify(attributes: AttributeIn[] | null | undefined, vocabulary: Vocabulary, notes: HsdsReason[]): Classified {
  const result: Classified = { targetGroups: [], fieldIds: [], municipalityIds: [], features: [] };
  for (const attribute of attributes ?? []) {
    const term = attribute.taxonomy_term;
    const termId = attribute.taxonomy_term_id ?? term?.id ?? '';
    const taxonomyId = term?.taxonomy_id ?? term?.taxonomy_detail?.id ?? '';
    const code = str(term?.code);
    const group = targetGroupByTermId.get(termId)
      ?? (taxonomyId === TARGET_GROUP_TAXONOMY.id ? targetGroups.find((g) => g === code) : undefined);
    if (group) {
      result.targetGroups.push(group);
      continue;
    }
    const field = vocabulary.fields.find((f) => f.id === termId)
      ?? (taxonomyId === FIELD_TAXONOMY.id ? vocabulary.fields.find((f) => f.code === code) : undefined);
    if (field) {
      result.fieldIds.push(field.id);
      continue;
    }
    const municipality = vocabulary.municipalities.find((m) => m.id === termId)
      ?? (taxonomyId === MUNICIPALITY_TAXONOMY.id ? vocabulary.municipalities.find((m) => m.officialKey === code) : undefined);
    if (municipality) {
      result.municipalityIds.push(municipality.id);
      continue;
    }
    const feature = (['keyword', 'language', 'wheelchair'] as const).find((f) => featureTermId(f) === termId
      || (taxonomyId === FEATURE_TAXONOMY.id && code === f));
    if (feature) {
      result.features.push({ feature, value: str(attribute.value) });
      continue;
    }
    if (taxonomyId === FIELD_TAXONOMY.id || taxonomyId === MUNICIPALITY_TAXONOMY.id) {
      notes.push({ code: 'term_unknown', term: str(term?.name) || code || termId });
    }
    // Terms of other taxonomies classify in someone else's scheme; we have no place for them.
  }
  return {
    targetGroups: unique(result.targetGroups),
    fieldIds: unique(result.fieldIds),
    municipalityIds: unique(result.municipalityIds),
    features: result.features,
  };
}

const featureValues = (classified: Classified, feature: Feature) =>
  unique(classified.features.filter((f) => f.feature === feature).map((f) => f.value).filter(Boolean));

/** Keeps digits and the separators our phone field accepts ("\"+44 1234\"" → "+44 1234"). */
export function phoneOf(phones: { number: string }[] | null | undefined, notes: HsdsReason[]): string {
  const first = phones?.[0];
  if (!first) return '';
  const cleaned = first.number.replace(/[^0-9+ /()-]/g, '').trim();
  if (contactSchema.shape.phone.safeParse(cleaned).success) return cleaned;
  notes.push({ code: 'phone_dropped', number: first.number });
  return '';
}

export function languagesOf(languages: { code?: string | null; name?: string | null }[] | null | undefined, notes: HsdsReason[]): string[] {
  const codes: string[] = [];
  for (const language of languages ?? []) {
    const code = str(language.code).toLowerCase();
    if (languageTag.safeParse(code).success) codes.push(code);
    else notes.push({ code: 'language_dropped', language: str(language.name) || code });
  }
  return unique(codes);
}

const clock = (value: string | null | undefined) => /^([01]\d|2[0-3]):([0-5]\d)/.exec(str(value))?.[0] ?? null;

export function openingHoursOf(schedules: ScheduleIn[] | null | undefined, notes: HsdsReason[]): OpeningSlot[] {
  const slots: OpeningSlot[] = [];
  for (const schedule of schedules ?? []) {
    const opens = clock(schedule.opens_at);
    const closes = clock(schedule.closes_at);
    const days = str(schedule.byday).split(',').map((day) => day.trim().toUpperCase()).filter(Boolean);
    const weekdays = days.map((day) => weekdayCodes.indexOf(day as (typeof weekdayCodes)[number]) + 1);
    const weekly = !schedule.freq || schedule.freq.toUpperCase() === 'WEEKLY';
    if (!weekly || !opens || !closes || opens >= closes || days.length === 0 || weekdays.includes(0)) {
      notes.push({ code: 'schedule_dropped', byday: `${str(schedule.byday)} ${str(schedule.opens_at)}–${str(schedule.closes_at)}`.trim() });
      continue;
    }
    for (const weekday of weekdays) slots.push({ weekday, opens, closes });
  }
  return slots.slice(0, 28);
}

const GERMANY = new Set(['', 'DE', 'DEU', 'GERMANY', 'DEUTSCHLAND']);

/** The address a location is visited at: physical first, then postal, then whatever there is. */
export function addressOf(location: LocationIn): { street: string; postcode: string; city: string; country: string } | null {
  const addresses = location.addresses ?? [];
  const chosen = addresses.find((a) => a.address_type === 'physical') ?? addresses.find((a) => a.address_type === 'postal') ?? addresses[0];
  if (!chosen) return null;
  return { street: str(chosen.address_1), postcode: str(chosen.postal_code), city: str(chosen.city), country: str(chosen.country).toUpperCase() };
}

export const isGerman = (address: { postcode: string; country: string }) => /^\d{5}$/.test(address.postcode) && GERMANY.has(address.country);

export type LocationDraft = Pick<Location, 'id' | 'providerId' | 'name' | 'address' | 'municipalityId' | 'openingHours' | 'accessibility' | 'directions'>;

/** A physical location we can keep, or null with a note saying why not. */
export function mapLocation(location: LocationIn, providerId: string, vocabulary: Vocabulary, notes: HsdsReason[]): LocationDraft | null {
  const name = str(location.name);
  if (location.location_type === 'virtual') {
    notes.push({ code: 'location_virtual', name: name || location.id });
    return null;
  }
  const address = addressOf(location);
  if (!address || !isGerman(address)) {
    notes.push({ code: 'location_not_german', name: name || location.id, postcode: address?.postcode ?? '', country: address?.country ?? '' });
    return null;
  }
  const classified = classify(location.attributes, vocabulary, notes);
  const byCity = vocabulary.municipalities.find((m) => m.name.toLowerCase() === address.city.toLowerCase());
  const accessibilityNote = (location.accessibility ?? [])
    .map((a) => [str(a.description), str(a.details)].filter(Boolean).join(' '))
    .filter(Boolean)
    .join('\n');
  return {
    id: location.id,
    providerId,
    name: name || address.street,
    address: { street: address.street, postcode: address.postcode, city: address.city },
    municipalityId: classified.municipalityIds[0] ?? byCity?.id ?? null,
    openingHours: openingHoursOf(location.schedules, notes),
    accessibility: { wheelchair: classified.features.some((f) => f.feature === 'wheelchair'), note: accessibilityNote },
    directions: str(location.transportation),
  };
}

export type ProviderDraft = Pick<Provider, 'id' | 'name' | 'kind' | 'description' | 'contact' | 'address' | 'languages' | 'targetGroups' | 'fieldIds'>;

/** The organization itself; its address is the postal location no service is offered at. */
export function mapProvider(organization: OrganizationIn, postal: LocationIn | undefined, vocabulary: Vocabulary, notes: HsdsReason[]): ProviderDraft {
  const classified = classify(organization.attributes, vocabulary, notes);
  const address = postal ? addressOf(postal) : null;
  return {
    id: organization.id,
    name: str(organization.name),
    kind: str(organization.legal_status),
    description: str(organization.description),
    contact: { email: str(organization.email), phone: phoneOf(organization.phones, notes), website: str(organization.website) },
    address: address && isGerman(address) ? { street: address.street, postcode: address.postcode, city: address.city } : null,
    languages: featureValues(classified, 'language'),
    targetGroups: classified.targetGroups,
    fieldIds: classified.fieldIds,
  };
}

/** The offer's fields that HSDS carries; lastVerified only when the file says when it was assured. */
export function mapOffer(service: ServiceIn, providerId: string, locationIds: string[], vocabulary: Vocabulary, notes: HsdsReason[]) {
  const classified = classify(service.attributes, vocabulary, notes);
  const areas = (service.service_areas ?? []).flatMap((area) => {
    const byTerm = classify(area.attributes, vocabulary, notes).municipalityIds;
    if (byTerm.length > 0) return byTerm;
    const byName = vocabulary.municipalities.find((m) => m.name.toLowerCase() === str(area.name).toLowerCase());
    return byName ? [byName.id] : [];
  });
  const assured = /^\d{4}-\d{2}-\d{2}$/.test(str(service.assured_date)) ? str(service.assured_date) : null;
  return {
    id: service.id,
    providerId,
    name: str(service.name),
    description: str(service.description) || str(service.name),
    keywords: featureValues(classified, 'keyword'),
    locationIds,
    municipalityIds: unique([...classified.municipalityIds, ...areas]),
    contact: { email: str(service.email), phone: phoneOf(service.phones, notes), website: str(service.url) },
    languages: languagesOf(service.languages, notes),
    targetGroups: classified.targetGroups,
    fieldIds: classified.fieldIds,
    cost: { free: (service.cost_options ?? []).some((option) => option.amount === 0), note: str(service.fees_description) },
    eligibility: str(service.eligibility_description),
    practicalNotes: str(service.application_process),
    openingHours: openingHoursOf(service.schedules, notes),
    archived: service.status === 'inactive' || service.status === 'defunct',
    ...(assured ? { lastVerified: assured } : {}),
  };
}
export type OfferDraft = ReturnType<typeof mapOffer>;
