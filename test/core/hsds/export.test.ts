import { exportHsds, hsdsText } from '../../../src/core/hsds/export';
import { TARGET_GROUP_TAXONOMY, targetGroupTermId } from '../../../src/core/hsds/taxonomy';
import { boerde } from './hsds-fixtures';
import { errorsOf, officialValidator } from './official-schema';

const validator = officialValidator();

describe('exporting the directory as HSDS 3', () => {
  it('gives a file that the official HSDS 3.0 schemas accept, with every active provider, offer and location', () => {
    const records = boerde();
    const page = exportHsds(records);

    expect(validator.page(page), errorsOf(validator.page.errors).join('\n')).toBe(true);
    const activeProviders = records.providers.filter((p) => !p.archived && !p.deleted);
    expect(page.contents.map((o) => o.id).sort()).toEqual(activeProviders.map((p) => p.id).sort());
    const services = page.contents.flatMap((o) => o.services);
    const exportedProviders = new Set(page.contents.map((o) => o.id));
    expect(services.map((s) => s.id).sort()).toEqual(records.offers.filter((o) => exportedProviders.has(o.providerId)).map((o) => o.id).sort());
    for (const service of services) expect(validator.service(service), errorsOf(validator.service.errors).join('\n')).toBe(true);
  });

  it('writes opening hours as weekly schedules, addresses in Saxony-Anhalt and target groups as terms of the documented taxonomy', () => {
    const records = boerde();
    const offer = records.offers.find((o) => o.openingHours.length > 0 && o.targetGroups.length > 0 && !o.archived)!;
    const service = exportHsds(records).contents.flatMap((o) => o.services).find((s) => s.id === offer.id)!;

    expect(service.schedules.map((s) => [s.freq, s.byday, s.opens_at, s.closes_at])).toEqual(
      offer.openingHours.map((slot) => ['WEEKLY', ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][slot.weekday - 1], slot.opens, slot.closes]),
    );
    const groups = service.attributes.filter((a) => a.taxonomy_term.taxonomy_id === TARGET_GROUP_TAXONOMY.id);
    expect(groups.map((a) => a.taxonomy_term.code)).toEqual(offer.targetGroups);
    expect(groups.map((a) => a.taxonomy_term_id)).toEqual(offer.targetGroups.map(targetGroupTermId));
    const location = exportHsds(records).contents.flatMap((o) => o.locations).find((l) => l.location_type === 'physical')!;
    expect(location.addresses[0]).toMatchObject({ country: 'DE', state_province: 'Sachsen-Anhalt', address_type: 'physical' });
    expect(location.addresses[0]!.postal_code).toMatch(/^\d{5}$/);
  });

  it('marks an archived offer inactive and leaves archived providers and deleted offers out', () => {
    const records = boerde();
    const [first, second] = records.offers;
    const provider = records.providers.find((p) => p.id !== first!.providerId && p.id !== second!.providerId)!;
    records.offers = records.offers.map((o) => (o.id === first!.id ? { ...o, archived: true } : o.id === second!.id ? { ...o, deleted: true } : o));
    records.providers = records.providers.map((p) => (p.id === provider.id ? { ...p, archived: true } : p));

    const page = exportHsds(records);
    const services = page.contents.flatMap((o) => o.services);

    expect(services.find((s) => s.id === first!.id)?.status).toBe('inactive');
    expect(services.some((s) => s.id === second!.id)).toBe(false);
    expect(page.contents.some((o) => o.id === provider.id)).toBe(false);
    expect(validator.page(page)).toBe(true);
  });

  it('gives the same text for the same directory, whatever order the records come in', () => {
    const records = boerde();
    const shuffled = { ...records, offers: [...records.offers].reverse(), providers: [...records.providers].reverse(), locations: [...records.locations].reverse() };

    expect(hsdsText(exportHsds(shuffled))).toBe(hsdsText(exportHsds(records)));
  });
});
