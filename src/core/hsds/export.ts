// Directory → HSDS 3.0. The exchange file is one page of the HSDS API's organization list
// (GET /organizations?full=true&full_service=true): every organization fully nested with its
// locations and services, services with their phones, schedules, languages, links to locations
// and attributes. See EXCHANGE.md for the choice and for what maps to what.
// Deleted records never leave; archived offers go out as status "inactive"; archived providers
// and locations stay home (HSDS has no status for them), and so do the links that point at them.
import type { FieldOfAction } from '../schema/plan';
import type { Location, Offer, OpeningSlot, Provider } from '../schema/directory';
import type { Municipality } from '../schema/municipality';
import type { Feature } from './taxonomy';
import { featureTerm, fieldTerm, municipalityTerm, targetGroupTerm } from './taxonomy';
import type {
  HsdsAttribute,
  HsdsLocation,
  HsdsOrganization,
  HsdsPage,
  HsdsSchedule,
  HsdsService,
  HsdsTaxonomyTerm,
} from './types';
import { uuid5 } from './uuid5';

export type DirectoryData = {
  providers: Provider[];
  offers: Offer[];
  locations: Location[];
  fieldsOfAction: FieldOfAction[];
  municipalities: Municipality[];
};

export const STATE = 'Sachsen-Anhalt';
export const COUNTRY = 'DE';
export const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/**
 * The id of something a record holds as a field (a phone, a schedule …): a version-5 UUID with
 * the record's own id as namespace, so it is stable per record (and one SHA-1 block short).
 */
export const derivedId = (ownerId: string, what: string) => uuid5(ownerId, what);

const byNameThenId = <T extends { name: string; id: string }>(a: T, b: T) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

function attribute(linkId: string, linkEntity: string, linkType: string, term: HsdsTaxonomyTerm, value?: string): HsdsAttribute {
  return {
    id: derivedId(linkId, `attribute/${term.id}/${value ?? ''}`),
    link_id: linkId,
    link_type: linkType,
    link_entity: linkEntity,
    taxonomy_term_id: term.id,
    ...(value === undefined ? {} : { value }),
    taxonomy_term: term,
  };
}

function featureAttribute(linkId: string, linkEntity: string, feature: Feature, value?: string): HsdsAttribute {
  return attribute(linkId, linkEntity, feature, featureTerm(feature), value);
}

function schedules(ownerId: string, owner: 'service_id' | 'location_id', slots: OpeningSlot[]): HsdsSchedule[] {
  return slots.map((slot, index) => ({
    id: derivedId(ownerId, `schedule/${index}`),
    [owner]: ownerId,
    freq: 'WEEKLY',
    wkst: 'MO',
    interval: 1,
    byday: weekdayCodes[slot.weekday - 1]!,
    opens_at: slot.opens,
    closes_at: slot.closes,
  }));
}

const optional = <K extends string>(key: K, value: string) => (value ? { [key]: value } : {}) as Partial<Record<K, string>>;

type Lookups = {
  fields: Map<string, FieldOfAction>;
  municipalities: Map<string, Municipality>;
  exportedLocations: Set<string>;
};

function classifications(id: string, entity: string, record: { targetGroups: Provider['targetGroups']; fieldIds: string[] }, lookups: Lookups) {
  return [
    ...record.targetGroups.map((group) => attribute(id, entity, 'target_group', targetGroupTerm(group))),
    ...record.fieldIds.flatMap((fieldId) => {
      const field = lookups.fields.get(fieldId);
      return field ? [attribute(id, entity, 'field_of_action', fieldTerm(field))] : [];
    }),
  ];
}

function serviceOf(offer: Offer, lookups: Lookups): HsdsService {
  const id = offer.id;
  return {
    id,
    organization_id: offer.providerId,
    name: offer.name,
    description: offer.description,
    ...optional('url', offer.contact.website),
    ...optional('email', offer.contact.email),
    status: offer.archived ? 'inactive' : 'active',
    ...optional('eligibility_description', offer.eligibility),
    ...optional('fees_description', offer.cost.note),
    ...optional('application_process', offer.practicalNotes),
    assured_date: offer.lastVerified,
    phones: offer.contact.phone ? [{ id: derivedId(id, 'phone'), service_id: id, number: offer.contact.phone, type: 'voice' }] : [],
    schedules: schedules(id, 'service_id', offer.openingHours),
    service_areas: offer.municipalityIds.flatMap((municipalityId) => {
      const municipality = lookups.municipalities.get(municipalityId);
      if (!municipality) return [];
      const areaId = derivedId(id, `service_area/${municipalityId}`);
      return [{
        id: areaId,
        service_id: id,
        name: municipality.name,
        attributes: [attribute(areaId, 'service_area', 'municipality', municipalityTerm(municipality))],
      }];
    }),
    service_at_locations: offer.locationIds
      .filter((locationId) => lookups.exportedLocations.has(locationId))
      .map((locationId) => ({ id: derivedId(id, `service_at_location/${locationId}`), service_id: id, location_id: locationId })),
    languages: offer.languages.map((code) => ({ id: derivedId(id, `language/${code}`), service_id: id, code })),
    cost_options: offer.cost.free
      ? [{ id: derivedId(id, 'cost_option/free'), service_id: id, option: 'kostenlos', amount: 0, currency: 'EUR' }]
      : [],
    attributes: [
      ...classifications(id, 'service', offer, lookups),
      ...offer.keywords.map((keyword) => featureAttribute(id, 'service', 'keyword', keyword)),
    ],
  };
}

function locationOf(location: Location, lookups: Lookups): HsdsLocation {
  const id = location.id;
  const municipality = location.municipalityId ? lookups.municipalities.get(location.municipalityId) : undefined;
  const { wheelchair, note } = location.accessibility;
  return {
    id,
    location_type: 'physical',
    organization_id: location.providerId,
    name: location.name,
    ...optional('transportation', location.directions),
    addresses: [{
      id: derivedId(id, 'address/physical'),
      location_id: id,
      address_1: location.address.street,
      city: location.address.city,
      state_province: STATE,
      postal_code: location.address.postcode,
      country: COUNTRY,
      address_type: 'physical',
    }],
    schedules: schedules(id, 'location_id', location.openingHours),
    accessibility: note ? [{ id: derivedId(id, 'accessibility'), location_id: id, description: note }] : [],
    attributes: [
      ...(municipality ? [attribute(id, 'location', 'municipality', municipalityTerm(municipality))] : []),
      ...(wheelchair ? [featureAttribute(id, 'location', 'wheelchair')] : []),
    ],
  };
}

/** A provider's own (postal) address travels as a location of type "postal" with no services. */
function postalLocationOf(provider: Provider): HsdsLocation[] {
  if (!provider.address) return [];
  const id = derivedId(provider.id, 'postal_location');
  return [{
    id,
    location_type: 'postal',
    organization_id: provider.id,
    name: provider.name,
    addresses: [{
      id: derivedId(id, 'address/postal'),
      location_id: id,
      address_1: provider.address.street,
      city: provider.address.city,
      state_province: STATE,
      postal_code: provider.address.postcode,
      country: COUNTRY,
      address_type: 'postal',
    }],
    schedules: [],
    accessibility: [],
    attributes: [],
  }];
}

function organizationOf(provider: Provider, locations: Location[], offers: Offer[], lookups: Lookups): HsdsOrganization {
  const id = provider.id;
  return {
    id,
    name: provider.name,
    description: provider.description,
    ...optional('email', provider.contact.email),
    ...optional('website', provider.contact.website),
    ...optional('legal_status', provider.kind),
    phones: provider.contact.phone ? [{ id: derivedId(id, 'phone'), organization_id: id, number: provider.contact.phone, type: 'voice' }] : [],
    locations: [...postalLocationOf(provider), ...locations.map((location) => locationOf(location, lookups))],
    attributes: [
      ...classifications(id, 'organization', provider, lookups),
      ...provider.languages.map((code) => featureAttribute(id, 'organization', 'language', code)),
    ],
    services: offers.map((offer) => serviceOf(offer, lookups)),
  };
}

/** The directory as one HSDS page; the same directory always gives the same page. */
export function exportHsds(data: DirectoryData): HsdsPage {
  const providers = data.providers.filter((p) => !p.deleted && !p.archived).sort(byNameThenId);
  const providerIds = new Set(providers.map((p) => p.id));
  const locations = data.locations.filter((l) => !l.deleted && !l.archived && providerIds.has(l.providerId)).sort(byNameThenId);
  const offers = data.offers.filter((o) => !o.deleted && providerIds.has(o.providerId)).sort(byNameThenId);
  const lookups: Lookups = {
    fields: new Map(data.fieldsOfAction.filter((f) => !f.deleted).map((f) => [f.id, f])),
    municipalities: new Map(data.municipalities.filter((m) => !m.deleted).map((m) => [m.id, m])),
    exportedLocations: new Set(locations.map((l) => l.id)),
  };
  const group = <T extends { providerId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const list = map.get(row.providerId);
      if (list) list.push(row);
      else map.set(row.providerId, [row]);
    }
    return map;
  };
  const locationsByProvider = group(locations);
  const offersByProvider = group(offers);
  const contents = providers.map((provider) =>
    organizationOf(provider, locationsByProvider.get(provider.id) ?? [], offersByProvider.get(provider.id) ?? [], lookups));
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}

/** The export as file text: two-space indented JSON with a final newline. */
export function hsdsText(page: HsdsPage): string {
  return `${JSON.stringify(page, null, 2)}\n`;
}
