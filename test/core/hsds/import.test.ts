import { applyPlanToRecords } from '../../../src/core/hsds/apply';
import { exportHsds, hsdsText } from '../../../src/core/hsds/export';
import type { HsdsPlan } from '../../../src/core/hsds/plan';
import { countByStatus, planHsdsImport } from '../../../src/core/hsds/plan';
import { hsdsReasonText } from '../../../src/core/hsds/reasons';
import { parseSnapshot, makeSnapshot } from '../../../src/core/snapshot';
import { boerde, CONTEXT, emptyDirectory, NOW, officialExample } from './hsds-fixtures';

const texts = (plan: HsdsPlan) => [
  ...plan.problems.map((r) => hsdsReasonText(r, 'de')),
  ...plan.entries.flatMap((e) => e.reasons.map((r) => `${e.name || e.id}: ${hsdsReasonText(r, 'de')}`)),
];
const nothingWritten = (plan: HsdsPlan) => plan.writes.providers.length + plan.writes.offers.length + plan.writes.locations.length;

describe('importing HSDS into the directory', () => {
  it('brings an exported directory into an empty one, and exporting that gives the same HSDS', () => {
    const records = boerde();
    const text = hsdsText(exportHsds(records));

    const plan = planHsdsImport(text, emptyDirectory(records), CONTEXT);
    expect(texts(plan)).toEqual([]);
    expect(plan.accepted).toBe(true);
    const imported = applyPlanToRecords(emptyDirectory(records), plan);

    expect(parseSnapshot(makeSnapshot(imported, NOW)).ok).toBe(true);
    expect(hsdsText(exportHsds(imported))).toBe(text);
  });

  it('finds everything unchanged when the export goes back into the same directory', () => {
    const records = boerde();
    const plan = planHsdsImport(hsdsText(exportHsds(records)), records, CONTEXT);

    expect(countByStatus(plan)).toEqual({ new: 0, updated: 0, unchanged: plan.entries.length, rejected: 0 });
    expect(nothingWritten(plan)).toBe(0);
  });

  it('changes nothing the second time the same file is imported', () => {
    const records = boerde();
    const other = exportHsds(records);
    const service = other.contents[0]!.services[0]!;
    service.name = 'Sprachcafé (neu)';
    const text = JSON.stringify(other);

    const first = planHsdsImport(text, records, CONTEXT);
    expect(first.entries.filter((e) => e.status === 'updated').map((e) => e.name)).toEqual(['Sprachcafé (neu)']);
    expect(first.writes.offers[0]!.revision).toBe(records.offers.find((o) => o.id === service.id)!.revision + 1);
    const second = planHsdsImport(text, applyPlanToRecords(records, first), CONTEXT);

    expect(countByStatus(second).unchanged).toBe(second.entries.length);
  });

  it('keeps what HSDS cannot carry (translations, course dates, verification date) when updating', () => {
    const records = boerde();
    const offer = records.offers.find((o) => !o.archived)!;
    records.offers = records.offers.map((o) => (o.id === offer.id ? { ...o, translations: { ar: { name: 'دورة', description: 'وصف', practicalNotes: '' } } } : o));
    const page = exportHsds(records);
    page.contents.flatMap((o) => o.services).find((s) => s.id === offer.id)!.description = 'Neu beschrieben';

    const plan = planHsdsImport(JSON.stringify(page), records, CONTEXT);
    const written = plan.writes.offers.find((o) => o.id === offer.id)!;

    expect(written.description).toBe('Neu beschrieben');
    expect(written.translations.ar?.name).toBe('دورة');
    expect(written.course).toEqual(offer.course);
  });
});

describe('the official HSDS 3.0 examples', () => {
  const importOf = (organizations: unknown[]) => planHsdsImport(JSON.stringify(organizations), boerde(), CONTEXT);

  it('imports organization_full: the organization and its service, leaving out the US address with a note', () => {
    const plan = importOf([officialExample('organization_full')]);

    expect(plan.accepted).toBe(true);
    expect(plan.entries.map((e) => [e.kind, e.name, e.status])).toEqual([
      ['providers', 'Example Organization Inc.', 'new'],
      ['offers', 'Community Counselling', 'new'],
    ]);
    expect(plan.entries[0]!.notes.map((n) => hsdsReasonText(n, 'en'))).toEqual([
      'Location "MyCity Civic Center" is left out: not a German address (postcode "ABC 1234", country "US").',
    ]);
    const offer = plan.writes.offers[0]!;
    expect(offer.contact.phone).toBe('+44 1234 234567');
    expect(offer.languages).toEqual(['ur']);
    expect(offer.openingHours).toEqual([{ weekday: 4, opens: '10:00', closes: '18:00' }, { weekday: 5, opens: '10:00', closes: '18:00' }]);
    expect(offer.lastVerified).toBe('2005-01-01');
  });

  it('imports organization_full as it is, a single organization without a wrapper', () => {
    const plan = planHsdsImport(JSON.stringify(officialExample('organization_full')), boerde(), CONTEXT);
    expect(countByStatus(plan)).toEqual({ new: 2, updated: 0, unchanged: 0, rejected: 0 });
  });

  it('imports service_full, wrapped in the organization it names', () => {
    const { organization, ...service } = officialExample('service_full') as { organization: Record<string, unknown> };
    const plan = importOf([{ ...organization, services: [service] }]);

    expect(plan.accepted).toBe(true);
    expect(countByStatus(plan)).toMatchObject({ new: 2, rejected: 0 });
  });

  it('imports service_at_location_full, wrapped in an organization with its service', () => {
    const { service, ...link } = officialExample('service_at_location_full') as { service: Record<string, unknown> };
    const { organization, ...rest } = service as { organization?: Record<string, unknown> };
    const wrapper = organization ?? { id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610', name: 'Example Organization Inc.', description: '' };
    const plan = importOf([{ ...wrapper, services: [{ ...rest, service_at_locations: [link] }] }]);

    expect(texts(plan)).toEqual([]);
    expect(plan.entries.find((e) => e.kind === 'offers')?.status).toBe('new');
  });

  it('imports location.json into an organization once its address is German', () => {
    const location = officialExample('location') as { addresses: Record<string, unknown>[] };
    const organization = { id: '0f3c4bb1-5c54-4a57-9a76-0c1b2f0e9a11', name: 'Beispielträger', description: '' };
    const asIs = importOf([{ ...organization, locations: [location] }]);
    expect(asIs.accepted).toBe(true);
    expect(asIs.writes.locations).toEqual([]);

    const german = { ...location, addresses: [{ ...location.addresses[0], postal_code: '39387', city: 'Oschersleben (Bode)', country: 'DE', address_type: 'physical' }] };
    const plan = importOf([{ ...organization, locations: [german] }]);

    expect(plan.writes.locations.map((l) => [l.name, l.address.postcode, l.directions.length > 0])).toEqual([['MyCity Civic Center', '39387', true]]);
  });
});

describe('broken files are rejected whole, with a reason a person can act on', () => {
  const planOf = (text: string) => planHsdsImport(text, boerde(), CONTEXT);
  const valid = () => exportHsds(boerde());

  it('rejects text that is not JSON', () => {
    const plan = planOf('{"contents": [');
    expect(plan.accepted).toBe(false);
    expect(texts(plan)[0]).toMatch(/^Die Datei ist kein gültiges JSON/);
    expect(nothingWritten(plan)).toBe(0);
  });

  it('rejects JSON that is not an organization list', () => {
    expect(texts(planOf('{"services": []}'))).toEqual([expect.stringMatching(/keine HSDS-Organisationsliste/)]);
  });

  it('rejects a service without an id, naming the service and the field', () => {
    const page = valid();
    const service = page.contents[2]!.services[0]!;
    delete (service as { id?: string }).id;
    const plan = planOf(JSON.stringify(page));

    expect(plan.accepted).toBe(false);
    expect(texts(plan)).toEqual([`${service.name}: Feld contents[2].services[0].id fehlt.`]);
    expect(nothingWritten(plan)).toBe(0);
  });

  it('rejects wrong types and ids that are no UUIDs', () => {
    const page = valid();
    (page.contents[0] as unknown as { name: number }).name = 42;
    const withLocation = page.contents.findIndex((o, i) => i > 0 && o.locations.length > 0);
    (page.contents[withLocation]!.locations[0] as unknown as { id: string }).id = 'standort-1';
    const plan = planOf(JSON.stringify(page));

    expect(texts(plan)).toEqual([
      expect.stringContaining('Feld contents[0].name hat den falschen Typ (erwartet: string).'),
      expect.stringContaining(`Feld contents[${withLocation}].locations[0].id ist keine UUID.`),
    ]);
    expect(nothingWritten(plan)).toBe(0);
  });

  it('rejects a service linked to a location that exists nowhere, and writes nothing else either', () => {
    const page = valid();
    const service = page.contents.flatMap((o) => o.services).find((s) => s.service_at_locations.length > 0)!;
    const link = service.service_at_locations[0]!;
    link.location_id = '7d1c2a44-0000-4000-8000-000000000001';
    page.contents.flatMap((o) => o.services).find((s) => s.id !== service.id)!.name = 'Eine Änderung, die nicht geschrieben werden darf';
    const plan = planOf(JSON.stringify(page));

    expect(plan.accepted).toBe(false);
    expect(texts(plan)).toEqual([
      `${service.name}: Verknüpfung ${link.id} verweist auf den Standort 7d1c2a44-0000-4000-8000-000000000001, der weder in der Datei noch im Verzeichnis steht.`,
    ]);
    expect(plan.entries.some((e) => e.status === 'updated')).toBe(true);
    expect(nothingWritten(plan)).toBe(0);
  });

  it('rejects a record our directory would not accept, with the field named', () => {
    const page = valid();
    page.contents[0]!.email = 'keine-adresse';
    expect(texts(planOf(JSON.stringify(page)))).toEqual([`${page.contents[0]!.name}: E-Mail hat nicht das erwartete Format (erwartet: eine E-Mail-Adresse wie name@beispiel.de).`]);
  });

  it('refuses a 50 MB file before reading it', () => {
    const huge = `{"contents": [${' '.repeat(50 * 1024 * 1024)}]}`;
    const plan = planOf(huge);

    expect(texts(plan)).toEqual(['Die Datei ist 50 MB groß; höchstens 20 MB werden eingelesen.']);
    expect(nothingWritten(plan)).toBe(0);
  });
});
