// The directory: providers (based on the provider reference file where one is named),
// their locations and offers. Opening hours are written in the data as "Mo 09:00-12:00".
import type { Location, Offer, OpeningSlot, Provider } from '../core/schema';
import type { BuildContext } from './build-context';
import { ExampleDataError } from './build-context';
import type { ParsedSources } from './example-input';

type Built = { providers: Provider[]; locations: Location[]; offers: Offer[] };

const weekdays = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'];

function openingHours(slots: string[], at: string): OpeningSlot[] {
  return slots.map((slot) => {
    const match = /^(\w{2}) (\d\d:\d\d)-(\d\d:\d\d)$/.exec(slot);
    const weekday = match ? weekdays.indexOf(match[1]!) + 1 : 0;
    if (!match || weekday === 0) throw new ExampleDataError(`${at}: opening hours "${slot}" are not like "Mo 09:00-12:00"`);
    return { weekday, opens: match[2]!, closes: match[3]! };
  });
}

export function buildDirectory(data: ParsedSources, ctx: BuildContext): Built {
  const reference = new Map(data.providers.map((p) => [p.id, p]));
  const fieldCodes = new Set(data.plan.fields.map((f) => f.code));

  const providers = data.directory.providers.map((p): Provider => {
    const at = `provider ${p.key}`;
    const ref = p.basedOn === undefined ? undefined : reference.get(p.basedOn);
    if (p.basedOn !== undefined && !ref) throw new ExampleDataError(`${at}: unknown reference provider "${p.basedOn}"`);
    const name = p.name ?? ref?.name;
    if (!name) throw new ExampleDataError(`${at}: name missing`);
    // Fields the concept does not have are left out rather than invented.
    const fields = p.fields ?? ref?.fieldsOfAction.filter((code) => fieldCodes.has(code)) ?? [];
    const sourceNote = ref
      ? `Name, Art und Leistungen aus der Referenzdatei (Stand: ${ref.asOf}; Quelle: ${ref.source}).${ref.notes ? ` Hinweis: ${ref.notes}` : ''}`
      : '';
    return {
      ...ctx.base('provider', p.key, { invented: p.invented, note: [sourceNote, p.note].filter(Boolean).join(' ') }),
      name,
      kind: p.kind ?? ref?.type ?? '',
      description: p.description ?? ref?.services.join('; ') ?? '',
      contact: { phone: p.contact.phone, email: p.contact.email, website: p.contact.website ?? ref?.website ?? '' },
      address: p.address,
      languages: p.languages,
      targetGroups: p.targetGroups,
      fieldIds: fields.map((code) => ctx.ref('field', code, at)),
      lastVerified: p.lastVerified,
      archived: p.archived,
    };
  });

  const locations = data.directory.locations.map((l): Location => {
    const at = `location ${l.key}`;
    return {
      ...ctx.base('location', l.key, l),
      providerId: ctx.ref('provider', l.provider, at),
      name: l.name,
      address: l.address,
      municipalityId: l.municipality === null ? null : ctx.place(l.municipality, at),
      openingHours: openingHours(l.openingHours, at),
      accessibility: l.accessibility,
      directions: l.directions,
      lastVerified: l.lastVerified,
      archived: false,
    };
  });

  const offers = data.directory.offers.map((o): Offer => {
    const at = `offer ${o.key}`;
    return {
      ...ctx.base('offer', o.key, o),
      providerId: ctx.ref('provider', o.provider, at),
      name: o.name,
      description: o.description,
      keywords: o.keywords,
      locationIds: o.locations.map((l) => ctx.ref('location', l, at)),
      municipalityIds: o.municipalities.map((m) => ctx.place(m, at)),
      contact: { phone: o.contact.phone, email: o.contact.email, website: o.contact.website ?? '' },
      languages: o.languages,
      targetGroups: o.targetGroups,
      fieldIds: o.fields.map((code) => ctx.ref('field', code, at)),
      cost: o.cost,
      eligibility: o.eligibility,
      practicalNotes: o.practicalNotes,
      openingHours: openingHours(o.openingHours, at),
      accessibility: o.accessibility,
      course: o.course,
      translations: o.translations,
      lastVerified: o.lastVerified,
      archived: false,
    };
  });

  return { providers, locations, offers };
}
