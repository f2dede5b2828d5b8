import {
  appliedCorrection,
  isStale,
  monthsBefore,
  nameSimilarity,
  overlapGroups,
  readStaleAfterMonths,
  similarProviders,
  staleEntries,
} from '../../src/core/directory-care';
import { makeMunicipality, makeOffer, makeProvider, nextId } from '../factories';

describe('when an entry is due for checking', () => {
  it('counts months back from today, clamping to the end of a short month', () => {
    expect(monthsBefore('2026-11-25', 12)).toBe('2025-11-25');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2026-01-15', 3)).toBe('2025-10-15');
  });

  it('calls an entry stale once it was last verified more than the set months ago', () => {
    expect(isStale('2025-11-24', '2026-11-25', 12)).toBe(true);
    expect(isStale('2025-11-25', '2026-11-25', 12)).toBe(false);
    expect(isStale('2026-05-24', '2026-11-25', 6)).toBe(true);
  });

  it('lists stale entries oldest first and leaves archived ones out', () => {
    const old = makeOffer({ lastVerified: '2024-01-10' });
    const older = makeOffer({ lastVerified: '2023-06-01' });
    const archived = makeOffer({ lastVerified: '2022-01-01', archived: true });
    const fresh = makeOffer({ lastVerified: '2026-10-01' });
    expect(staleEntries([old, fresh, archived, older], '2026-11-25', 12).map((o) => o.id)).toEqual([older.id, old.id]);
  });

  it('falls back to twelve months when the stored setting is missing or nonsense', () => {
    expect(readStaleAfterMonths(undefined)).toBe(12);
    expect(readStaleAfterMonths(0)).toBe(12);
    expect(readStaleAfterMonths(2.5)).toBe(12);
    expect(readStaleAfterMonths('6')).toBe(12);
    expect(readStaleAfterMonths(6)).toBe(6);
  });
});

describe('applying a correction report', () => {
  it('closes the report with what was changed and counts as a check of the entry today', () => {
    const applied = appliedCorrection(' Telefonnummer aktualisiert. ', '2026-05-04T10:00:00.000Z', '2026-05-04');
    expect(applied).toEqual({
      report: { status: 'applied', resolution: 'Telefonnummer aktualisiert.', resolvedAt: '2026-05-04T10:00:00.000Z' },
      entry: { lastVerified: '2026-05-04' },
    });
    const due = makeOffer({ lastVerified: '2024-01-10' });
    expect(staleEntries([{ ...due, ...applied.entry }], '2026-05-04', 12)).toEqual([]);
  });
});

describe('a new provider that looks like one we already have', () => {
  const awo = makeProvider({ name: 'AWO Kreisverband Börde e. V.', address: { street: 'Hagenstraße 8', postcode: '39340', city: 'Haldensleben' } });
  const drk = makeProvider({ name: 'DRK Kreisverband Börde e. V.', address: { street: 'Gerikestraße 1', postcode: '39340', city: 'Haldensleben' } });
  const caritas = makeProvider({ name: 'Caritas Wolmirstedt', address: null });

  it('matches names written differently: folding, legal form, punctuation and a typo', () => {
    expect(nameSimilarity('Awo-Kreisverband Boerde', 'AWO Kreisverband Börde e. V.')).toBe(1);
    expect(nameSimilarity('AWO Kreisverband Bördee', 'AWO Kreisverband Börde e. V.')).toBeGreaterThan(0.8);
    expect(nameSimilarity('Sprachcafé Irxleben', 'Jobcenter Börde')).toBeLessThan(0.3);
  });

  it('warns about a close name and about the same address, and names the reason', () => {
    const byName = similarProviders({ name: 'Awo Kreisverband Boerde', address: null }, [awo, drk, caritas]);
    expect(byName.map((m) => [m.provider.name, m.reasons])).toEqual([['AWO Kreisverband Börde e. V.', ['name']]]);

    const byAddress = similarProviders(
      { name: 'Begegnungsstätte am Markt', address: { street: 'Hagenstr. 8', postcode: '39340', city: 'Haldensleben' } },
      [awo, drk, caritas],
    );
    expect(byAddress.map((m) => [m.provider.name, m.reasons])).toEqual([['AWO Kreisverband Börde e. V.', ['address']]]);
  });

  it('does not compare a provider with itself and finds nothing for a new name at a new place', () => {
    expect(similarProviders({ name: awo.name, address: awo.address }, [awo], awo.id)).toEqual([]);
    expect(similarProviders({ name: 'Tafel Oschersleben', address: { street: 'Halberstädter Straße 3', postcode: '39387', city: 'Oschersleben' } }, [awo, drk, caritas])).toEqual([]);
  });
});

describe('offers that overlap', () => {
  const language = nextId();
  const work = nextId();
  const verband = makeMunicipality({ name: 'Flechtingen', kind: 'verbandsgemeinde', parentId: null });
  const calvoerde = makeMunicipality({ name: 'Calvörde', kind: 'mitgliedsgemeinde', parentId: verband.id });
  const haldensleben = makeMunicipality({ name: 'Haldensleben' });
  const places = [verband, calvoerde, haldensleben];

  it('groups offers with the same field, target group and municipality', () => {
    const a = makeOffer({ fieldIds: [language], targetGroups: ['refugees'], municipalityIds: [haldensleben.id] });
    const b = makeOffer({ fieldIds: [language], targetGroups: ['refugees', 'women'], municipalityIds: [haldensleben.id] });
    const otherField = makeOffer({ fieldIds: [work], targetGroups: ['refugees'], municipalityIds: [haldensleben.id] });
    const otherGroup = makeOffer({ fieldIds: [language], targetGroups: ['seniors'], municipalityIds: [haldensleben.id] });
    const elsewhere = makeOffer({ fieldIds: [language], targetGroups: ['refugees'], municipalityIds: [calvoerde.id] });
    const groups = overlapGroups([a, b, otherField, otherGroup, elsewhere], places);
    expect(groups).toEqual([{ fieldId: language, municipalityIds: [haldensleben.id], targetGroups: ['refugees'], offerIds: [a.id, b.id].sort() }]);
  });

  it('counts a county-wide offer for every municipality with a local offer, and county-wide pairs once', () => {
    const local = makeOffer({ fieldIds: [language], targetGroups: ['refugees'], municipalityIds: [haldensleben.id] });
    const county = makeOffer({ fieldIds: [language], targetGroups: ['refugees'], municipalityIds: [] });
    const county2 = makeOffer({ fieldIds: [language], targetGroups: ['refugees'], municipalityIds: [] });
    const groups = overlapGroups([local, county, county2], places);
    expect(groups).toContainEqual({ fieldId: language, municipalityIds: [haldensleben.id], targetGroups: ['refugees'], offerIds: [local.id, county.id, county2.id].sort() });
    expect(groups).toContainEqual({ fieldId: language, municipalityIds: [], targetGroups: ['refugees'], offerIds: [county.id, county2.id].sort() });
    expect(groups).toHaveLength(2);
  });

  it('clusters offers linked through shared target groups, and keeps county-wide pairs out of local groups', () => {
    const women = makeOffer({ fieldIds: [work], targetGroups: ['women'], municipalityIds: [haldensleben.id] });
    const womenAndFamilies = makeOffer({ fieldIds: [work], targetGroups: ['women', 'families'], municipalityIds: [haldensleben.id] });
    const families = makeOffer({ fieldIds: [work], targetGroups: ['families'], municipalityIds: [haldensleben.id] });
    const seniors = makeOffer({ fieldIds: [work], targetGroups: ['seniors'], municipalityIds: [haldensleben.id] });
    const countyA = makeOffer({ fieldIds: [work], targetGroups: ['students'], municipalityIds: [] });
    const countyB = makeOffer({ fieldIds: [work], targetGroups: ['students'], municipalityIds: [] });
    const groups = overlapGroups([women, womenAndFamilies, families, seniors, countyA, countyB], places);
    expect(groups).toEqual([
      { fieldId: work, municipalityIds: [haldensleben.id], targetGroups: ['women', 'families'], offerIds: [women.id, womenAndFamilies.id, families.id].sort() },
      { fieldId: work, municipalityIds: [], targetGroups: ['students'], offerIds: [countyA.id, countyB.id].sort() },
    ]);
  });

  it('lets an offer for a Verbandsgemeinde meet an offer in one of its members, and ignores archived offers', () => {
    const forVerband = makeOffer({ fieldIds: [work], targetGroups: ['women'], municipalityIds: [verband.id] });
    const inMember = makeOffer({ fieldIds: [work], targetGroups: ['women'], municipalityIds: [calvoerde.id] });
    const archived = makeOffer({ fieldIds: [work], targetGroups: ['women'], municipalityIds: [calvoerde.id], archived: true });
    expect(overlapGroups([forVerband, inMember, archived], places)).toEqual([
      { fieldId: work, municipalityIds: [calvoerde.id], targetGroups: ['women'], offerIds: [forVerband.id, inMember.id].sort() },
    ]);
  });
});
