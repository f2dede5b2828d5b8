// Import planning: an HSDS file against the current directory. Every organization, location and
// service becomes an entry: new, updated, unchanged or rejected (with reasons), plus notes on
// what was left out. The plan is all-or-nothing: `accepted` only when nothing is rejected, and
// only then may a caller write `writes`. Fields HSDS does not carry (translations, course dates,
// lastVerified of providers and locations …) keep their current value on update and get the
// defaults in EXCHANGE.md on create; lists that hold the same items in another order count as
// unchanged. Running the same file twice therefore plans nothing the second time.
import type { RecordContext } from '../records';
import { newRecord, revise } from '../records';
import type { Location, Offer, Provider } from '../schema/directory';
import { validateEntity } from '../validation';
import type { DirectoryData } from './export';
import type { LocationIn, OrganizationIn } from './input';
import type { LocationDraft, OfferDraft, Vocabulary } from './map';
import { mapLocation, mapOffer, mapProvider } from './map';
import type { DirectoryKind, RecordRef, RecordRejection } from './read';
import { readHsdsText } from './read';
import type { HsdsReason } from './reasons';

export type PlanStatus = 'new' | 'updated' | 'unchanged' | 'rejected';
export type PlanEntry = RecordRef & { status: PlanStatus; reasons: HsdsReason[]; notes: HsdsReason[] };
export type PlanWrites = { providers: Provider[]; offers: Offer[]; locations: Location[] };

export type HsdsPlan = {
  /** Problems with the file as a whole (size, JSON, shape): nothing could be planned. */
  problems: HsdsReason[];
  entries: PlanEntry[];
  accepted: boolean;
  writes: PlanWrites;
  /** The revision each written record had when planned (null: new), to detect changes since. */
  baseRevisions: Record<string, number | null>;
};

export type PlanContext = { now: string; today: string; by: string };

type Stored = Provider | Offer | Location;

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
  }
  return false;
}

const setLike = new Set(['languages', 'targetGroups', 'fieldIds', 'keywords', 'locationIds', 'municipalityIds']);

/** The draft's values, with set-like lists that match the current ones in the current order. */
function changesAgainst(existing: Stored, draft: Record<string, unknown>): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft)) {
    if (key === 'id') continue;
    const current = (existing as Record<string, unknown>)[key];
    const sameSet = setLike.has(key) && Array.isArray(current) && Array.isArray(value)
      && current.length === value.length && value.every((item) => current.includes(item));
    if (!sameSet && !same(current, value)) changes[key] = value;
  }
  return changes;
}

type Built = { ref: RecordRef; draft: Record<string, unknown>; defaults: Record<string, unknown>; notes: HsdsReason[]; reasons: HsdsReason[] };

function unlinkedPostal(organization: OrganizationIn, linked: Set<string>): LocationIn[] {
  return (organization.locations ?? []).filter((l) => l.location_type === 'postal' && !linked.has(l.id));
}

function linkedLocationIds(organization: OrganizationIn): Set<string> {
  return new Set((organization.services ?? []).flatMap((s) => (s.service_at_locations ?? []).map((link) => link.location_id ?? link.location?.id ?? '')));
}

/** Every location an organization brings: its own list plus those nested in service links. */
function locationsOf(organization: OrganizationIn, postal: LocationIn[]): LocationIn[] {
  const seen = new Map<string, LocationIn>();
  const nested = (organization.services ?? []).flatMap((s) => (s.service_at_locations ?? []).flatMap((link) => (link.location ? [link.location] : [])));
  for (const location of [...(organization.locations ?? []), ...nested]) {
    if (!postal.includes(location) && !seen.has(location.id)) seen.set(location.id, location);
  }
  return [...seen.values()];
}

export function planFromOrganizations(organizations: OrganizationIn[], rejections: RecordRejection[], directory: DirectoryData, ctx: PlanContext): HsdsPlan {
  const vocabulary: Vocabulary = {
    fields: directory.fieldsOfAction.filter((f) => !f.deleted),
    municipalities: directory.municipalities.filter((m) => !m.deleted),
  };
  const built: Built[] = [];
  const seenIds = new Map<string, DirectoryKind>();
  const claim = (ref: RecordRef, reasons: HsdsReason[]) => {
    if (seenIds.has(ref.id)) reasons.push({ code: 'duplicate_id', id: ref.id });
    seenIds.set(ref.id, ref.kind);
  };
  const keptLocations = new Set<string>();
  const skippedLocations = new Set<string>();
  const plannedServices: { organization: OrganizationIn }[] = [];

  for (const organization of organizations) {
    const linked = linkedLocationIds(organization);
    const postal = unlinkedPostal(organization, linked);
    const providerNotes: HsdsReason[] = [];
    const providerBuilt: Built = {
      ref: { kind: 'providers', id: organization.id, name: organization.name.trim() },
      draft: mapProvider(organization, postal[0], vocabulary, providerNotes),
      defaults: {},
      notes: providerNotes,
      reasons: [],
    };
    claim(providerBuilt.ref, providerBuilt.reasons);
    built.push(providerBuilt);
    const assured = (organization.services ?? []).map((s) => s.assured_date ?? '').filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
    providerBuilt.defaults = { lastVerified: assured[assured.length - 1] ?? ctx.today, archived: false };
    for (const location of locationsOf(organization, postal)) {
      const draft: LocationDraft | null = mapLocation(location, organization.id, vocabulary, providerNotes);
      if (!draft) {
        skippedLocations.add(location.id);
        continue;
      }
      const entry: Built = { ref: { kind: 'locations', id: location.id, name: draft.name }, draft, defaults: { lastVerified: providerBuilt.defaults.lastVerified, archived: false }, notes: [], reasons: [] };
      claim(entry.ref, entry.reasons);
      keptLocations.add(location.id);
      built.push(entry);
    }
    plannedServices.push({ organization });
  }

  const existingLocations = new Set(directory.locations.filter((l) => !l.deleted).map((l) => l.id));
  for (const { organization } of plannedServices) {
    for (const service of organization.services ?? []) {
      const notes: HsdsReason[] = [];
      const reasons: HsdsReason[] = [];
      if (service.organization_id && service.organization_id !== organization.id) {
        reasons.push({ code: 'organization_mismatch', organizationId: service.organization_id });
      }
      const locationIds: string[] = [];
      for (const link of service.service_at_locations ?? []) {
        const locationId = link.location_id ?? link.location?.id ?? '';
        if (skippedLocations.has(locationId)) notes.push({ code: 'link_dropped', locationId });
        else if (keptLocations.has(locationId) || existingLocations.has(locationId)) locationIds.push(locationId);
        else reasons.push({ code: 'dangling_location', linkId: link.id, locationId });
      }
      const draft: OfferDraft = mapOffer(service, organization.id, [...new Set(locationIds)], vocabulary, notes);
      const entry: Built = {
        ref: { kind: 'offers', id: service.id, name: draft.name },
        draft,
        defaults: { lastVerified: ctx.today, accessibility: { wheelchair: false, note: '' }, course: null, translations: {} },
        notes,
        reasons,
      };
      claim(entry.ref, entry.reasons);
      built.push(entry);
    }
  }

  const current = new Map<string, Stored>(
    [...directory.providers, ...directory.offers, ...directory.locations].map((r) => [r.id, r]),
  );
  const record: RecordContext = { now: () => ctx.now, newId: () => '', by: ctx.by };
  const entries: PlanEntry[] = rejections.map((r) => ({ ...r, status: 'rejected', notes: [] }));
  const writes: PlanWrites = { providers: [], offers: [], locations: [] };
  const baseRevisions: Record<string, number | null> = {};

  for (const item of built) {
    const { kind, id } = item.ref;
    const existing = current.get(id);
    let next: Stored | null = null;
    let status: PlanStatus;
    if (existing && !existing.deleted) {
      const changes = changesAgainst(existing, item.draft);
      status = Object.keys(changes).length === 0 ? 'unchanged' : 'updated';
      if (status === 'updated') next = revise(existing, changes, record);
    } else {
      // A record deleted here comes back when the file still lists it: the file is newer news.
      status = existing ? 'updated' : 'new';
      next = existing
        ? { ...revise(existing, item.draft, record), deleted: false }
        : (newRecord(kind, { ...item.defaults, ...item.draft } as never, record) satisfies Stored);
    }
    const reasons = [...item.reasons];
    if (next) {
      const checked = validateEntity(kind, next);
      if (checked.ok) next = checked.value;
      else reasons.push(...checked.problems.map((problem) => ({ code: 'record_problem' as const, problem })));
    }
    if (reasons.length > 0) {
      entries.push({ ...item.ref, status: 'rejected', reasons, notes: item.notes });
      continue;
    }
    entries.push({ ...item.ref, status, reasons, notes: item.notes });
    if (next) {
      (writes[kind] as Stored[]).push(next);
      baseRevisions[id] = existing ? existing.revision : null;
    }
  }
  const accepted = entries.every((e) => e.status !== 'rejected');
  return { problems: [], entries, accepted, writes: accepted ? writes : { providers: [], offers: [], locations: [] }, baseRevisions };
}

/** Reads HSDS text and plans it against the directory; a broken file plans nothing. */
export function planHsdsImport(text: string, directory: DirectoryData, ctx: PlanContext, limitChars?: number): HsdsPlan {
  const read = readHsdsText(text, limitChars);
  if (!read.ok) return { problems: read.problems, entries: [], accepted: false, writes: { providers: [], offers: [], locations: [] }, baseRevisions: {} };
  return planFromOrganizations(read.organizations, read.rejections, directory, ctx);
}

export function countByStatus(plan: HsdsPlan): Record<PlanStatus, number> {
  const counts: Record<PlanStatus, number> = { new: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const entry of plan.entries) counts[entry.status] += 1;
  return counts;
}
