// HSDS exchange at county scale: a generated directory of 1,000 providers with 10 offers and
// one location each (10,000 offers). Export = directory → HSDS page → text; import = text →
// parse + check + plan against the same directory (the plan finds everything unchanged, which
// compares every field). The file size is reported too. Baselines: JSON.stringify / JSON.parse of the directory's own records.
import { exportHsds, hsdsText } from '../../src/core/hsds/export';
import { planHsdsImport } from '../../src/core/hsds/plan';
import type { DirectoryData } from '../../src/core/hsds/export';
import { targetGroups } from '../../src/core/schema/common';
import { makeFieldOfAction, makeLocation, makeMunicipality, makeOffer, makeProvider } from '../factories';
import type { Bench } from './measure';
import { medianMs } from './measure';

const PROVIDERS = 1_000;
const OFFERS_PER_PROVIDER = 10;
const ITERATIONS = 5;

const id = (space: number, n: number) => `${space.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

function generate(): DirectoryData {
  const municipalities = Array.from({ length: 20 }, (_, n) => makeMunicipality({ id: id(1, n), name: `Gemeinde ${n}`, officialKey: String(15083000 + n) }));
  const fieldsOfAction = Array.from({ length: 8 }, (_, n) => makeFieldOfAction({ id: id(2, n), code: `feld_${n}`, name: `Handlungsfeld ${n}`, order: n }));
  const providers = Array.from({ length: PROVIDERS }, (_, n) => makeProvider({ id: id(3, n), name: `Träger ${n}`, fieldIds: [fieldsOfAction[n % 8]!.id] }));
  const locations = providers.map((p, n) => makeLocation({
    id: id(4, n), providerId: p.id, name: `Beratungsstelle ${n}`, municipalityId: municipalities[n % 20]!.id,
    address: { street: `Hauptstraße ${n + 1}`, postcode: '39387', city: 'Oschersleben (Bode)' },
    openingHours: [{ weekday: 1 + (n % 5), opens: '09:00', closes: '12:00' }, { weekday: 1 + ((n + 2) % 5), opens: '13:00', closes: '16:00' }],
  }));
  const offers = providers.flatMap((p, n) => Array.from({ length: OFFERS_PER_PROVIDER }, (_, k) => makeOffer({
    id: id(5, n * OFFERS_PER_PROVIDER + k), providerId: p.id, name: `Angebot ${n}-${k}`,
    description: `Deutschkurs und Beratung für Menschen aus ${['Syrien', 'der Ukraine', 'Afghanistan'][k % 3]}, Gruppe ${k}.`,
    keywords: ['Deutschkurs', 'Beratung'], locationIds: [locations[n]!.id], municipalityIds: [municipalities[(n + k) % 20]!.id],
    languages: ['de', ['ar', 'uk', 'fa'][k % 3]!], targetGroups: [targetGroups[k % targetGroups.length]!], fieldIds: [fieldsOfAction[k % 8]!.id],
    openingHours: [{ weekday: 1 + (k % 5), opens: '10:00', closes: '12:00' }],
  })));
  return { providers, offers, locations, fieldsOfAction, municipalities };
}

export const hsdsBench: Bench = async (report) => {
  const data = generate();
  const ctx = { now: '2025-03-01T10:00:00.000Z', today: '2025-03-01', by: 'bench' };
  const text = hsdsText(exportHsds(data));
  const plain = JSON.stringify(data);
  // The 10,000-offer file is larger than the 20 MB the screen and the command accept, so the
  // bench lifts the limit: it measures the work, not the guard.
  const plan = () => planHsdsImport(text, data, ctx, Infinity);
  const check = plan();
  if (!check.accepted || check.entries.some((e) => e.status !== 'unchanged')) throw new Error('HSDS bench: the round trip is not unchanged');

  const exportMs = await medianMs(() => hsdsText(exportHsds(data)), ITERATIONS);
  const stringifyMs = await medianMs(() => JSON.stringify(data), ITERATIONS);
  const importMs = await medianMs(plan, ITERATIONS);
  const parseMs = await medianMs(() => JSON.parse(plain) as unknown, ITERATIONS);

  report('hsds_export_10k_ms', exportMs, 'ms');
  report('hsds_export_vs_json', exportMs / stringifyMs, 'x');
  report('hsds_import_10k_ms', importMs, 'ms');
  report('hsds_import_vs_json', importMs / parseMs, 'x');
  report('hsds_file_10k_mb', text.length / 1024 / 1024, 'MB');
};
