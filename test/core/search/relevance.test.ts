// Search relevance as a caseworker meets it: spelling without umlauts, typos, half-typed
// words, several words narrowing, filters on top, and name hits before description hits.
import type { Location, Offer } from '../../../src/core/schema';
import type { DirectoryData } from '../../../src/core/search/documents';
import { buildSearchEntries } from '../../../src/core/search/documents';
import { OfferIndex, facetTable, runSearch, scanDocs, scanTable } from '../../../src/core/search/engine';
import { emptyFilter, facetMatcher, readSearchState, searchStateQuery } from '../../../src/core/search/filters';
import { foldGerman } from '../../../src/core/search/fold';
import { makeLocation, makeMunicipality, makeOffer, makeProvider } from '../../factories';

const oschersleben = makeMunicipality({ name: 'Oschersleben (Bode)', officialKey: '15083440' });
const haldensleben = makeMunicipality({ name: 'Haldensleben' });
const provider = makeProvider({ name: 'Volkshochschule Börde' });
const oscherslebenOffice = makeLocation({ providerId: provider.id, name: 'VHS Oschersleben', municipalityId: oschersleben.id, address: { street: 'Halberstädter Straße 5', postcode: '39387', city: 'Oschersleben (Bode)' }, openingHours: [{ weekday: 3, opens: '09:00', closes: '12:00' }] });

function offer(overrides: Partial<Offer>): Offer {
  return makeOffer({ providerId: provider.id, keywords: [], languages: ['de'], openingHours: [], description: 'Ein Angebot.', ...overrides });
}

const deutschkursOschersleben = offer({ name: 'Deutschkurs A1 in Oschersleben', languages: ['de', 'ar'], locationIds: [oscherslebenOffice.id], municipalityIds: [oschersleben.id] });
const deutschkursHaldensleben = offer({ name: 'Deutschkurs B1', languages: ['de', 'ar'], municipalityIds: [haldensleben.id], cost: { free: false, note: '25 €' } });
const ukrainianCourse = offer({ name: 'Deutschkurs für Geflüchtete aus der Ukraine', languages: ['de', 'uk'], municipalityIds: [oschersleben.id], openingHours: [{ weekday: 1, opens: '10:00', closes: '12:00' }] });
const translation = offer({ name: 'Übersetzungshilfe bei Behörden', keywords: ['Dolmetschen'], municipalityIds: [haldensleben.id], accessibility: { wheelchair: false, note: '' } });
const cafeInName = offer({ name: 'Sprachcafé am Markt', description: 'Kaffee und Gespräche.' });
const cafeInText = offer({ name: 'Begegnungstreff', description: 'Jeden Freitag auch ein kleines Sprachcafé für Einsteiger.' });
const street = offer({ name: 'Kleiderkammer', description: 'Ausgabe in der Hauptstraße 3.' });
const archived = offer({ name: 'Deutschkurs (eingestellt)', archived: true });

const locations: Location[] = [oscherslebenOffice];
const data: DirectoryData = {
  offers: [deutschkursOschersleben, deutschkursHaldensleben, ukrainianCourse, translation, cafeInName, cafeInText, street, archived],
  providers: [provider],
  locations,
  municipalities: [oschersleben, haldensleben],
};
const entries = buildSearchEntries(data);
const facets = facetTable(entries.facets);
const index = new OfferIndex();
index.sync(entries.docs);
const parents = new Map([[oschersleben.id, null], [haldensleben.id, null]]);

/** The offer names a caseworker sees for a query and a filter, in order. */
function find(query: string, filter = emptyFilter): string[] {
  const names = new Map(data.offers.map((o) => [o.id, o.name]));
  return runSearch((q) => index.search(q), query, facets, facetMatcher(filter, parents)).ids.map((id) => names.get(id)!);
}

describe('German folding', () => {
  it('spells umlauts and ß out and ignores case', () => {
    expect(foldGerman('Übersetzung')).toBe('uebersetzung');
    expect(foldGerman('STRASSE')).toBe(foldGerman('Straße'));
    expect(foldGerman('Sprachcafé')).toBe('sprachcafe');
  });

  it('finds "Übersetzungshilfe" from "uebersetzung" and "Hauptstraße" from "hauptstrasse"', () => {
    expect(find('uebersetzung')).toEqual(['Übersetzungshilfe bei Behörden']);
    expect(find('hauptstrasse')).toEqual(['Kleiderkammer']);
    expect(find('HAUPTSTRASSE')).toEqual(['Kleiderkammer']);
  });
});

describe('typing and typos', () => {
  it('finds offers from the first three letters of a word', () => {
    expect(find('übe')).toEqual(['Übersetzungshilfe bei Behörden']);
  });

  it('tolerates a typo in a longer word', () => {
    expect(find('Dolmetchen')).toEqual(['Übersetzungshilfe bei Behörden']);
    expect(find('Kleiderkamer')).toEqual(['Kleiderkammer']);
  });

  it('does not search a single letter: the whole list stays', () => {
    expect(find('d')).toHaveLength(7);
  });

  it('keeps the results while the next word has only one or two letters', () => {
    expect(find('kleiderkammer h')).toEqual(['Kleiderkammer']);
  });
});

describe('several words and languages', () => {
  it('narrows "deutschkurs oschersleben arabisch" to the one offer matching all three', () => {
    expect(find('deutschkurs oschersleben arabisch')).toEqual(['Deutschkurs A1 in Oschersleben']);
  });

  it('finds a language by its German name, its English name and its code', () => {
    for (const query of ['ukrainisch', 'Ukrainian', 'uk']) expect(find(query)).toEqual(['Deutschkurs für Geflüchtete aus der Ukraine']);
  });

  it('falls back to offers matching some words when none matches all, and says so', () => {
    const result = index.search('kleiderkammer dolmetschen');
    expect(result.mode).toBe('some');
    expect(result.ids).toHaveLength(2);
    expect(index.search('kleiderkammer').mode).toBe('all');
  });

  it('finds offers by the street of their location', () => {
    expect(find('halberstaedter')).toEqual(['Deutschkurs A1 in Oschersleben']);
  });
});

describe('ranking', () => {
  it('lists the offer with the word in its name before the one with it in its description', () => {
    expect(find('sprachcafe')).toEqual(['Sprachcafé am Markt', 'Begegnungstreff']);
  });
});

describe('filters', () => {
  it('combines a query with municipality and language filters', () => {
    const inOschersleben = { ...emptyFilter, municipality: oschersleben.id };
    expect(find('deutschkurs', inOschersleben).sort()).toEqual(['Deutschkurs A1 in Oschersleben', 'Deutschkurs für Geflüchtete aus der Ukraine']);
    expect(find('deutschkurs', { ...inOschersleben, language: 'uk' })).toEqual(['Deutschkurs für Geflüchtete aus der Ukraine']);
  });

  it('filters for free offers, step-free access and a weekday from the offer or its location', () => {
    expect(find('deutschkurs', { ...emptyFilter, free: true })).not.toContain('Deutschkurs B1');
    expect(find('', { ...emptyFilter, wheelchair: true })).not.toContain('Übersetzungshilfe bei Behörden');
    expect(find('', { ...emptyFilter, weekday: 3 })).toEqual(['Deutschkurs A1 in Oschersleben']);
    expect(find('', { ...emptyFilter, weekday: 1 })).toEqual(['Deutschkurs für Geflüchtete aus der Ukraine']);
  });

  it('hides archived offers unless asked for them', () => {
    expect(find('deutschkurs')).not.toContain('Deutschkurs (eingestellt)');
    expect(find('deutschkurs', { ...emptyFilter, archived: true })).toContain('Deutschkurs (eingestellt)');
  });

  it('keeps query and filters in a URL query that reads back the same', () => {
    const state = { query: 'deutschkurs oschersleben', filter: { ...emptyFilter, language: 'ar', free: true, weekday: 2 } };
    const query = searchStateQuery(state);
    expect(readSearchState(new URLSearchParams(query))).toEqual(state);
  });
});

describe('before the index is built', () => {
  it('the folded scan already finds offers by all words, name hits first', () => {
    const names = new Map(data.offers.map((o) => [o.id, o.name]));
    const table = scanTable(entries.docs);
    expect(scanDocs(table, 'sprachcafe').ids.map((id) => names.get(id))).toEqual(['Sprachcafé am Markt', 'Begegnungstreff']);
    expect(scanDocs(table, 'deutschkurs arabisch oschersleben').ids.map((id) => names.get(id))).toEqual(['Deutschkurs A1 in Oschersleben']);
  });
});

describe('keeping the index current', () => {
  it('finds a renamed offer by its new name and no longer by the old one', () => {
    const renamed = { ...street, name: 'Kleiderladen' };
    const next = new OfferIndex();
    next.sync(entries.docs);
    next.sync(buildSearchEntries({ ...data, offers: data.offers.map((o) => (o.id === street.id ? renamed : o)) }).docs);
    expect(next.search('kleiderladen').ids).toEqual([street.id]);
    expect(next.search('kleiderkammer').ids).toEqual([]);
  });
});
