// Offer search at county scale: a generated directory of 10,000 offers from 1,000 providers
// (seeded, so every run sees the same data and queries), searched the way a caseworker types:
// every prefix of each query is one keystroke. Each figure is also given against a plain
// MiniSearch index over the same documents and fields, with MiniSearch's default index
// options (no folding, default tokenizer) and its usual search-as-you-type options
// ({ prefix: true, fuzzy: 0.2 }).
import MiniSearch from 'minisearch';
import type { Location, Municipality, Offer, Provider, TargetGroup } from '../../src/core/schema';
import { targetGroups } from '../../src/core/schema';
import type { DirectoryData } from '../../src/core/search/documents';
import { buildSearchEntries } from '../../src/core/search/documents';
import { OfferIndex, facetTable, filterResult, runSearch, scanDocs, scanTable, searchFields } from '../../src/core/search/engine';
import { emptyFilter, facetMatcher } from '../../src/core/search/filters';
import type { Bench } from './measure';
import { medianMs } from './measure';

const OFFERS = 10_000;
const PROVIDERS = 1_000;
const QUERIES = 300;

/** mulberry32: a small seeded generator, so the directory is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const towns = [
  'Haldensleben', 'Oschersleben', 'Wanzleben', 'Wolmirstedt', 'Barleben', 'Niedere Börde', 'Hohe Börde', 'Sülzetal',
  'Oebisfelde', 'Weferlingen', 'Flechtingen', 'Calvörde', 'Westheide', 'Ummendorf', 'Eilsleben', 'Seehausen',
  'Hötensleben', 'Völpke', 'Harbke', 'Ausleben', 'Gröningen', 'Kroppenstedt', 'Erxleben', 'Bülstringen', 'Altenhausen',
];
const streets = ['Bahnhofstraße', 'Hauptstraße', 'Magdeburger Straße', 'Lindenallee', 'Marktplatz', 'Schulstraße', 'Große Straße', 'Am Anger', 'Gartenweg', 'Rathausplatz'];
const offerKinds = [
  'Deutschkurs', 'Sprachcafé', 'Integrationskurs', 'Migrationsberatung', 'Hausaufgabenhilfe', 'Bewerbungstraining',
  'Frauentreff', 'Elterncafé', 'Jugendmigrationsdienst', 'Übersetzungshilfe', 'Rechtsberatung', 'Sozialberatung',
  'Kleiderkammer', 'Fahrradwerkstatt', 'Nähcafé', 'Schuldnerberatung', 'Anerkennungsberatung', 'Alphabetisierungskurs',
  'Kinderbetreuung', 'Sportgruppe', 'Begegnungscafé', 'Patenschaften', 'Wohnungssuche', 'Berufssprachkurs',
  'Asylverfahrensberatung', 'Gesundheitslotsen', 'Behördenbegleitung', 'Computerkurs', 'Führerscheinhilfe', 'Mädchentreff',
];
const adjectives = ['Offener', 'Kostenloser', 'Interkultureller', 'Wöchentlicher', 'Mobiler', 'Digitaler', 'Gemeinsamer', ''];
const providerKinds = ['Caritasverband', 'Diakonie', 'AWO Kreisverband', 'DRK Ortsverein', 'Volkshochschule', 'Netzwerk', 'Verein', 'Stiftung', 'Jobcenter', 'Bildungswerk'];
const keywordPool = ['Sprache', 'Arbeit', 'Beruf', 'Schule', 'Kita', 'Familie', 'Gesundheit', 'Wohnen', 'Aufenthalt', 'Asyl', 'Anerkennung', 'Ehrenamt', 'Freizeit', 'Sport', 'Frauen', 'Jugend', 'Senioren', 'Übersetzung', 'Dolmetscher', 'Straße', 'Begleitung', 'Beratung', 'Kurs', 'Treffpunkt'];
const languagePool = ['de', 'en', 'ar', 'uk', 'ru', 'fa', 'prs', 'tr', 'ti', 'ku', 'ps', 'fr', 'pl', 'ro', 'so'];
const phrases = [
  'Wir helfen bei Fragen rund um', 'Treffpunkt für alle, die', 'Unterstützung für Familien bei', 'Beratung und Begleitung zu',
  'Ein Angebot für Menschen, die', 'Kostenlose Hilfe bei', 'Gemeinsam lernen wir', 'Termine nach Vereinbarung für',
];

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const some = <T>(rand: () => number, items: readonly T[], max: number): T[] => {
  const chosen = new Set<T>();
  const count = 1 + Math.floor(rand() * max);
  while (chosen.size < count) chosen.add(pick(rand, items));
  return [...chosen];
};
const uuidOf = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const base = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', updatedBy: 'bench', revision: 1, deleted: false };

/** A directory like the county's, at 10,000 offers. */
export function generateDirectory(seed = 42): DirectoryData {
  const rand = seeded(seed);
  const municipalities = towns.map((name, i): Pick<Municipality, 'id' | 'name' | 'parentId'> => ({ id: uuidOf('aaaaaaaa', i + 1), name, parentId: null }));
  const providers: Provider[] = [];
  const locations: Location[] = [];
  for (let p = 0; p < PROVIDERS; p += 1) {
    const town = pick(rand, towns);
    const address = { street: `${pick(rand, streets)} ${1 + Math.floor(rand() * 80)}`, postcode: String(39000 + Math.floor(rand() * 999)), city: town };
    providers.push({
      ...base, id: uuidOf('bbbbbbbb', p + 1), name: `${pick(rand, providerKinds)} ${town} ${p + 1}`, kind: '', description: '',
      contact: { email: '', phone: '', website: '' }, address, languages: ['de'], targetGroups: [], fieldIds: [], lastVerified: '2025-01-01', archived: false,
    });
    const weekday = 1 + Math.floor(rand() * 5);
    locations.push({
      ...base, id: uuidOf('cccccccc', p + 1), providerId: providers[p]!.id, name: `Büro ${town}`, address,
      municipalityId: municipalities[towns.indexOf(town)]!.id, openingHours: [{ weekday, opens: '09:00', closes: '12:00' }],
      accessibility: { wheelchair: rand() < 0.5, note: '' }, directions: '', lastVerified: '2025-01-01', archived: false,
    });
  }
  const fields = Array.from({ length: 8 }, (_, i) => uuidOf('dddddddd', i + 1));
  const offers: Offer[] = [];
  for (let o = 0; o < OFFERS; o += 1) {
    const provider = providers[o % PROVIDERS]!;
    const kind = pick(rand, offerKinds);
    const town = provider.address!.city;
    const keywords = some(rand, keywordPool, 4);
    offers.push({
      ...base, id: uuidOf('eeeeeeee', o + 1), providerId: provider.id,
      name: `${pick(rand, adjectives)} ${kind} ${town}`.trim(),
      description: `${pick(rand, phrases)} ${keywords.join(', ')}. ${pick(rand, phrases)} ${pick(rand, offerKinds)} in ${town}, ${pick(rand, streets)}.`,
      keywords, locationIds: [uuidOf('cccccccc', (o % PROVIDERS) + 1)], municipalityIds: rand() < 0.2 ? [] : [municipalities[towns.indexOf(town)]!.id],
      contact: { email: '', phone: '', website: '' }, languages: ['de', ...some(rand, languagePool, 3)],
      targetGroups: some<TargetGroup>(rand, targetGroups, 2), fieldIds: some(rand, fields, 2),
      cost: { free: rand() < 0.7, note: '' }, eligibility: '', practicalNotes: '', openingHours: rand() < 0.5 ? [{ weekday: 1 + Math.floor(rand() * 7), opens: '14:00', closes: '16:00' }] : [],
      accessibility: { wheelchair: rand() < 0.4, note: '' }, course: null, translations: {}, lastVerified: '2025-01-01', archived: rand() < 0.03,
    });
  }
  return { offers, providers, locations, municipalities };
}

const languageWords = ['arabisch', 'Arabic', 'ukrainisch', 'russisch', 'Persian', 'türkisch', 'Tigrinya', 'englisch', 'ar', 'uk'];

/** A typo as people make them on a tablet: a letter dropped, doubled or two swapped. */
function typo(rand: () => number, word: string): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(rand() * (word.length - 2));
  const kind = Math.floor(rand() * 3);
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 1) return word.slice(0, i) + word[i] + word.slice(i);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

/** Queries a caseworker would type, some with typos or without umlauts. */
export function generateQueries(seed = 7, count = QUERIES): string[] {
  const rand = seeded(seed);
  const queries: string[] = [];
  while (queries.length < count) {
    const words = [pick(rand, offerKinds).toLowerCase()];
    if (rand() < 0.6) words.push(pick(rand, towns).split(' ')[0]!.toLowerCase());
    if (rand() < 0.35) words.push(pick(rand, languageWords));
    if (rand() < 0.2) words.push(pick(rand, keywordPool));
    let query = words.map((w) => (rand() < 0.15 ? typo(rand, w) : w)).join(' ');
    if (rand() < 0.3) query = query.replace(/ü/g, 'ue').replace(/ö/g, 'oe').replace(/ä/g, 'ae').replace(/ß/g, 'ss');
    queries.push(query);
  }
  return queries;
}

/** Every prefix of every query: what is searched as the person types. */
function keystrokes(queries: string[]): string[] {
  return queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

/** Per-keystroke times in ms, sorted, after one warm-up pass. */
function timeKeystrokes(strokes: string[], search: (text: string) => unknown): number[] {
  for (const text of strokes) search(text);
  const times = strokes.map((text) => {
    const start = performance.now();
    search(text);
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b);
}

export const searchBench: Bench = async (report) => {
  const data = generateDirectory();
  const strokes = keystrokes(generateQueries());

  const coldStart = performance.now();
  const entries = buildSearchEntries(data);
  const facets = facetTable(entries.facets);
  const matches = facetMatcher(emptyFilter, new Map());
  filterResult(scanDocs(scanTable(entries.docs), 'deutschkurs'), facets, matches);
  const coldMs = performance.now() - coldStart;

  const buildMs = await medianMs(() => new OfferIndex().sync(entries.docs), 5);
  const plainBuildMs = await medianMs(() => new MiniSearch({ fields: [...searchFields] }).addAll(entries.docs), 5);

  const ours = new OfferIndex();
  ours.sync(entries.docs);
  const plain = new MiniSearch({ fields: [...searchFields] });
  plain.addAll(entries.docs);

  const oursTimes = timeKeystrokes(strokes, (text) => runSearch((q) => ours.search(q), text, facets, matches));
  const plainTimes = timeKeystrokes(strokes, (text) => plain.search(text, { prefix: true, fuzzy: 0.2 }));

  const parents = new Map(data.municipalities.map((m) => [m.id, null]));
  const filter = { ...emptyFilter, municipality: data.municipalities[1]!.id, language: 'ar', free: true, weekday: 2 };
  const filterMs = await medianMs(() => filterResult(null, facets, facetMatcher(filter, parents)), 21, 3);

  const changed = data.offers.slice(0, 10).map((o) => ({ ...o, name: `${o.name} neu` }));
  const changedDocs = buildSearchEntries({ ...data, offers: [...changed, ...data.offers.slice(10)] }).docs;
  const updateStart = performance.now();
  ours.sync(changedDocs);
  const updateMs = performance.now() - updateStart;

  report('search_offers', data.offers.length, 'count');
  report('search_keystrokes', strokes.length, 'count');
  report('search_cold_start_first_result_ms', coldMs, 'ms');
  report('search_index_build_10k_ms', buildMs, 'ms');
  report('search_index_build_vs_plain', buildMs / plainBuildMs, 'x');
  report('search_keystroke_median_ms', percentile(oursTimes, 0.5), 'ms');
  report('search_keystroke_p95_ms', percentile(oursTimes, 0.95), 'ms');
  report('search_keystroke_plain_p95_ms', percentile(plainTimes, 0.95), 'ms');
  report('search_keystroke_median_vs_plain', percentile(oursTimes, 0.5) / percentile(plainTimes, 0.5), 'x');
  report('search_keystroke_p95_vs_plain', percentile(oursTimes, 0.95) / percentile(plainTimes, 0.95), 'x');
  report('search_filter_ms', filterMs, 'ms');
  report('search_index_update_10_changed_ms', updateMs, 'ms');
};
