// Keeping the directory current: which entries are due for re-verification, what applying a
// correction report changes, which new provider looks like one we already have, and where
// offers overlap.
//
// - Staleness compares ISO dates as strings: an entry is stale when it was last verified
//   before "today minus N months" (the month arithmetic clamps to the month's last day).
// - Duplicates: names and addresses are normalised (case, German folding ä→ae, ß→ss,
//   accents, punctuation, legal forms such as "e. V." or "gGmbH", "Str." → "strasse") and
//   compared word by word (words matched fuzzily by trigrams, weighted by how rare they are
//   among the existing providers), so "Awo-Kreisverband Boerde" matches "AWO Kreisverband
//   Börde e. V." and a typo still matches, but "DRK Kreisverband Börde" does not. It only
//   warns; nothing is blocked.
// - Overlaps: offers sharing a field of action, a target group and a municipality. Per
//   field and place, offers are clustered (linked when they share a target group), so a
//   crowded field shows as one cluster rather than one pair per target group. A
//   county-wide offer (no municipalities) serves every municipality, so it joins every
//   municipality where at least one local offer sits; county-wide offers that only
//   overlap with each other form one county-wide group instead of 30 identical ones.
//   An offer for a Verbandsgemeinde also serves its member municipalities. Clusters with
//   the same field and the same offers are merged into one group listing every place.
import type { Offer, Provider, TargetGroup } from './schema';
import { targetGroups as groupOrder } from './schema';

// --- staleness -------------------------------------------------------------------------

export const DEFAULT_STALE_AFTER_MONTHS = 12;
export const STALE_AFTER_MONTHS_KEY = 'staleAfterMonths';

/** The date `months` months before an ISO date, clamped to the end of a shorter month. */
export function monthsBefore(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

export function isStale(lastVerified: string, today: string, staleAfterMonths: number): boolean {
  return lastVerified < monthsBefore(today, staleAfterMonths);
}

/** A stored setting read loosely: anything but a whole number from 1 to 120 gives the default. */
export function readStaleAfterMonths(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 120 ? value : DEFAULT_STALE_AFTER_MONTHS;
}

type Verifiable = { id: string; lastVerified: string; archived: boolean };

/** Entries not archived and due for checking, the longest unchecked first. */
export function staleEntries<T extends Verifiable>(entries: T[], today: string, staleAfterMonths: number): T[] {
  return entries
    .filter((e) => !e.archived && isStale(e.lastVerified, today, staleAfterMonths))
    .sort((a, b) => a.lastVerified.localeCompare(b.lastVerified) || a.id.localeCompare(b.id));
}

// --- correction reports ------------------------------------------------------------------

/**
 * Applying a correction report is a check of its entry: the report closes as applied with
 * what was changed, and the entry counts as verified today, so it leaves the queue. Both
 * changes belong in one write.
 */
export function appliedCorrection(resolution: string, now: string, today: string) {
  return {
    report: { status: 'applied' as const, resolution: resolution.trim(), resolvedAt: now },
    entry: { lastVerified: today },
  };
}

// --- similarity ------------------------------------------------------------------------

const folds: [RegExp, string][] = [
  [/ä/g, 'ae'],
  [/ö/g, 'oe'],
  [/ü/g, 'ue'],
  [/ß/g, 'ss'],
];

/** Words that say nothing about which organisation it is. */
const noise = new Set(['e', 'v', 'ev', 'gmbh', 'ggmbh', 'mbh', 'ug', 'ag', 'kg', 'der', 'die', 'das', 'des', 'dem', 'den', 'und', 'fuer', 'im', 'in', 'am', 'an', 'zu', 'zur', 'zum', 'von', 'vom']);

/** Lower case, German folding, no accents or punctuation, single spaces. */
export function foldText(value: string): string {
  let text = value.toLowerCase();
  for (const [pattern, replacement] of folds) text = text.replace(pattern, replacement);
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function nameTokens(value: string): string[] {
  return foldText(value)
    .split(' ')
    .filter((token) => token !== '' && !noise.has(token));
}

function streetKey(street: string): string {
  return foldText(street.replace(/str\.|straße|strasse/gi, 'strasse')).replace(/ /g, '');
}

function trigrams(value: string): Map<string, number> {
  const padded = `  ${value} `;
  const grams = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i += 1) {
    const gram = padded.slice(i, i + 3);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

function dice<T>(a: Map<T, number>, b: Map<T, number>): number {
  let shared = 0;
  let total = 0;
  for (const count of a.values()) total += count;
  for (const count of b.values()) total += count;
  for (const [key, count] of a) shared += Math.min(count, b.get(key) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

export type TokenWeight = (token: string) => number;

/** How alike two words are: 1 when equal, else trigram overlap (so "boerdee" still meets "boerde"). */
const tokenSimilarity = (a: string, b: string): number => (a === b ? 1 : dice(trigrams(a), trigrams(b)));

/**
 * 0 (nothing alike) to 1 (the same after normalising). Words are matched fuzzily and
 * weighted, so that the distinctive word of a name ("AWO" in "AWO Kreisverband Börde")
 * counts more than words many providers share; a name written together or apart
 * ("Kreis-Volkshochschule") is caught by comparing the names without spaces.
 */
export function nameSimilarity(a: string, b: string, weight: TokenWeight = () => 1): number {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  if (ta.join(' ') === tb.join(' ')) return 1;
  const total = [...ta, ...tb].reduce((sum, token) => sum + weight(token), 0);
  const free = [...tb];
  let shared = 0;
  for (const token of ta) {
    let best = -1;
    let bestScore = 0;
    free.forEach((other, index) => {
      const score = tokenSimilarity(token, other);
      if (score > bestScore) [best, bestScore] = [index, score];
    });
    if (best >= 0 && bestScore >= 0.7) {
      shared += bestScore * (weight(token) + weight(free[best]!));
      free.splice(best, 1);
    }
  }
  const compact = dice(trigrams(ta.join('')), trigrams(tb.join('')));
  return Math.max(total === 0 ? 0 : shared / total, compact >= 0.9 ? compact : 0);
}

/** Rarer words weigh more: inverse document frequency over the names compared against. */
export function tokenWeights(names: string[]): TokenWeight {
  const frequency = new Map<string, number>();
  for (const name of names) for (const token of new Set(nameTokens(name))) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  return (token) => Math.log(1 + names.length / (frequency.get(token) ?? 1));
}

export const NAME_SIMILARITY_THRESHOLD = 0.72;
export const STREET_SIMILARITY_THRESHOLD = 0.85;

type AddressLike = { street: string; postcode: string; city: string } | null;
export type ProviderCandidate = { name: string; address: AddressLike };
export type DuplicateMatch = { provider: Provider; reasons: ('name' | 'address')[]; score: number };

/** Existing providers whose name or address is close to the candidate's, most alike first. */
export function similarProviders(candidate: ProviderCandidate, providers: Provider[], ignoreId?: string): DuplicateMatch[] {
  const matches: DuplicateMatch[] = [];
  const street = candidate.address && candidate.address.street.trim() !== '' ? streetKey(candidate.address.street) : '';
  const weight = tokenWeights([candidate.name, ...providers.map((p) => p.name)]);
  for (const provider of providers) {
    if (provider.id === ignoreId) continue;
    const reasons: ('name' | 'address')[] = [];
    const byName = candidate.name.trim() === '' ? 0 : nameSimilarity(candidate.name, provider.name, weight);
    if (byName >= NAME_SIMILARITY_THRESHOLD) reasons.push('name');
    let byAddress = 0;
    if (street !== '' && provider.address && provider.address.postcode === candidate.address?.postcode.trim()) {
      byAddress = dice(trigrams(street), trigrams(streetKey(provider.address.street)));
      if (byAddress >= STREET_SIMILARITY_THRESHOLD) reasons.push('address');
    }
    if (reasons.length > 0) matches.push({ provider, reasons, score: Math.max(byName, byAddress) });
  }
  return matches.sort((a, b) => b.score - a.score || a.provider.name.localeCompare(b.provider.name));
}

// --- overlaps --------------------------------------------------------------------------

type Place = { id: string; parentId: string | null };

export type OverlapGroup = {
  fieldId: string;
  /** Where the offers overlap; empty when they are all county-wide. */
  municipalityIds: string[];
  targetGroups: TargetGroup[];
  offerIds: string[];
};

/** The municipalities an offer serves, Verbandsgemeinden expanded to their members; empty = county-wide. */
function servedPlaces(offer: Offer, places: Place[]): Set<string> {
  const served = new Set(offer.municipalityIds);
  for (const place of places) if (place.parentId !== null && served.has(place.parentId)) served.add(place.id);
  return served;
}

/**
 * Offers at one place, clustered: two offers are in one cluster when they share a target
 * group, directly or through a third offer. Each cluster with at least two offers is one
 * overlap, listing the target groups at least two of its offers share.
 */
function clusters(offers: Offer[]): { offerIds: string[]; targetGroups: TargetGroup[] }[] {
  const parent = new Map(offers.map((o) => [o.id, o.id]));
  const root = (id: string): string => {
    let current = id;
    while (parent.get(current) !== current) current = parent.get(current)!;
    return current;
  };
  const firstWith = new Map<TargetGroup, string>();
  for (const offer of offers) {
    for (const group of new Set(offer.targetGroups)) {
      const first = firstWith.get(group);
      if (first === undefined) firstWith.set(group, offer.id);
      else parent.set(root(offer.id), root(first));
    }
  }
  const members = new Map<string, Offer[]>();
  for (const offer of offers) members.set(root(offer.id), [...(members.get(root(offer.id)) ?? []), offer]);
  return [...members.values()]
    .filter((cluster) => cluster.length >= 2)
    .map((cluster) => {
      const counts = new Map<TargetGroup, number>();
      for (const offer of cluster) for (const group of new Set(offer.targetGroups)) counts.set(group, (counts.get(group) ?? 0) + 1);
      return {
        offerIds: cluster.map((o) => o.id).sort(),
        targetGroups: [...counts].filter(([, n]) => n >= 2).map(([group]) => group),
      };
    });
}

export function overlapGroups(offers: Offer[], places: Place[]): OverlapGroup[] {
  const active = offers.filter((o) => !o.archived).sort((a, b) => a.id.localeCompare(b.id));
  const served = new Map(active.map((o) => [o.id, servedPlaces(o, places)]));
  const fieldIds = [...new Set(active.flatMap((o) => o.fieldIds))].sort();

  // Clusters with the same field and the same offers are one group: the same offers meeting
  // in five places is one thing to coordinate, not five.
  const merged = new Map<string, OverlapGroup>();
  for (const fieldId of fieldIds) {
    const inField = active.filter((o) => o.fieldIds.includes(fieldId));
    const countyWide = inField.filter((o) => served.get(o.id)!.size === 0);
    const placeIds = [...new Set(inField.flatMap((o) => [...served.get(o.id)!]))].sort();
    const atPlace: [string | null, Offer[]][] = [
      ...placeIds.map((placeId): [string, Offer[]] => [placeId, [...inField.filter((o) => served.get(o.id)!.has(placeId)), ...countyWide]]),
      [null, countyWide],
    ];
    for (const [placeId, here] of atPlace) {
      for (const cluster of clusters(here)) {
        // County-wide offers meeting only each other belong to the county-wide group.
        if (placeId !== null && cluster.offerIds.every((id) => served.get(id)!.size === 0)) continue;
        const key = `${fieldId}|${cluster.offerIds.join(',')}`;
        const found = merged.get(key) ?? { fieldId, municipalityIds: [], targetGroups: [], offerIds: cluster.offerIds };
        merged.set(key, found);
        for (const group of cluster.targetGroups) if (!found.targetGroups.includes(group)) found.targetGroups.push(group);
        if (placeId !== null) found.municipalityIds.push(placeId);
      }
    }
  }
  for (const group of merged.values()) group.targetGroups.sort((a, b) => groupOrder.indexOf(a) - groupOrder.indexOf(b));
  return [...merged.values()].sort((a, b) => a.fieldId.localeCompare(b.fieldId) || b.offerIds.length - a.offerIds.length || a.offerIds.join().localeCompare(b.offerIds.join()));
}
