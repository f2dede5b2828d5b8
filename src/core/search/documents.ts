// What the search index and the filters see of an offer. Everything a caseworker might type
// is flattened into a few text fields (places and languages resolved to names), and what the
// filters ask is precomputed once per offer, so a keystroke does no joins.
import type { Location, Municipality, Offer, Provider, TargetGroup } from '../schema';
import { languageSearchNames } from './languages';

export type SearchDoc = {
  id: string;
  name: string;
  keywords: string;
  description: string;
  places: string;
  languages: string;
  provider: string;
};

/** The facts the filters test, per offer. */
export type OfferFacets = {
  id: string;
  fieldIds: string[];
  /** The offer's municipalities and those of its locations. */
  municipalityIds: string[];
  /** No municipality named: the offer is open to the whole county. */
  countyWide: boolean;
  targetGroups: TargetGroup[];
  languages: string[];
  free: boolean;
  wheelchair: boolean;
  /** ISO weekdays (1 = Monday) on which the offer or one of its locations is open. */
  weekdays: number[];
  archived: boolean;
};

export type DirectoryData = {
  offers: Offer[];
  providers: Pick<Provider, 'id' | 'name'>[];
  locations: Pick<Location, 'id' | 'name' | 'address' | 'municipalityId' | 'openingHours' | 'accessibility'>[];
  municipalities: Pick<Municipality, 'id' | 'name' | 'parentId'>[];
};

export type SearchEntries = { docs: SearchDoc[]; facets: OfferFacets[] };

// German is spoken at nearly every offer; indexing it would make "deutsch" match the whole
// directory and drown the German courses. The language filter still offers it.
const unsearchedLanguages = new Set(['de']);

export function buildSearchEntries(data: DirectoryData): SearchEntries {
  const providers = new Map(data.providers.map((p) => [p.id, p.name]));
  const locations = new Map(data.locations.map((l) => [l.id, l]));
  const municipalities = new Map(data.municipalities.map((m) => [m.id, m.name]));
  const docs: SearchDoc[] = [];
  const facets: OfferFacets[] = [];
  for (const offer of data.offers) {
    const own = offer.locationIds.map((id) => locations.get(id)).filter((l) => l !== undefined);
    const placeIds = new Set(offer.municipalityIds);
    for (const l of own) if (l.municipalityId) placeIds.add(l.municipalityId);
    const places = [
      ...[...placeIds].map((id) => municipalities.get(id) ?? ''),
      ...own.flatMap((l) => [l.name, l.address.city, l.address.street, l.address.postcode]),
    ];
    const languages = offer.languages.filter((code) => !unsearchedLanguages.has(code)).flatMap(languageSearchNames);
    docs.push({
      id: offer.id,
      name: offer.name,
      keywords: offer.keywords.join(' '),
      description: offer.description,
      places: places.join(' '),
      languages: languages.join(' '),
      provider: providers.get(offer.providerId) ?? '',
    });
    const weekdays = new Set([...offer.openingHours, ...own.flatMap((l) => l.openingHours)].map((slot) => slot.weekday));
    facets.push({
      id: offer.id,
      fieldIds: offer.fieldIds,
      municipalityIds: [...placeIds],
      countyWide: offer.municipalityIds.length === 0,
      targetGroups: offer.targetGroups,
      languages: offer.languages,
      free: offer.cost.free,
      wheelchair: offer.accessibility.wheelchair || own.some((l) => l.accessibility.wheelchair),
      weekdays: [...weekdays].sort(),
      archived: offer.archived,
    });
  }
  return { docs, facets };
}
