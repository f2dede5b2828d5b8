// The rulebook's three entry points (put, merge result, delete): role first, then schema, then
// every record rule; tombstones judged by the rules that make sense for them; a revival judged
// as a creation; a restore on behalf of the person who lost the value judged with their role too.
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../src/core/messages';
import type { WriteContext } from '../../../src/core/rulebook/judge';
import { judgeDelete, judgeLostValue, judgeMerge, judgePut } from '../../../src/core/rulebook/judge';
import type { Role } from '../../../src/core/rulebook/roles';
import { makeFieldOfAction, makeGoal, makeIndicator, makeMeasure, makeMeasurement, makeNeed, makeOffer, makeProvider, makeReferral, nextId } from '../../factories';
import { MemoryLookup } from './memory-lookup';

const TODAY = '2026-06-03';
const field = makeFieldOfAction();
const people = makeIndicator({ unit: 'Personen', period: 'yearly' });
const goal = makeGoal({ fieldId: field.id });
const county = new MemoryLookup([{ kind: 'fieldsOfAction', record: field }, { kind: 'goals', record: goal }, { kind: 'indicators', record: people }]);
const as = (role: Role | null, extra: Partial<WriteContext> = {}): WriteContext => ({ role, today: TODAY, lookup: county, ...extra });
const next = <T extends { revision: number }>(record: T, change: Partial<T> = {}): T => ({ ...record, ...change, revision: record.revision + 1 });

describe('a put', () => {
  it("names what the role may not do, in German and English, before anything else is asked", async () => {
    const measure = makeMeasure();
    const verdict = await judgePut(as('caseworker'), 'measures', { previous: measure, next: next(measure, { title: 'Umbenannt', status: 'paused' }) });
    expect(verdict).toMatchObject({ ok: false, forbidden: { operation: 'update', fields: ['title'] } });
    const [problem] = (verdict as { problems: Parameters<typeof describeProblem>[0][] }).problems;
    expect(describeProblem(problem!, 'de')).toBe('Die Rolle „Fachkraft“ darf bei Maßnahmen „Titel“ nicht ändern.');
    expect(describeProblem(problem!, 'en')).toBe('The caseworker role may not change “Title” of measures.');
    const created = await judgePut(as('caseworker'), 'offers', { previous: undefined, next: { name: '' } });
    expect(describeProblem((created as { problems: Parameters<typeof describeProblem>[0][] }).problems[0]!, 'de')).toBe('Die Rolle „Fachkraft“ darf keine Angebote anlegen.');
  });

  it('reports the schema, then every rule problem at once: a future date and a missing reference', async () => {
    expect(await judgePut(as(null), 'needs', { previous: undefined, next: { ...makeNeed(), description: 42 } })).toMatchObject({ ok: false, problems: [{ path: 'description' }] });
    const need = makeNeed({ fieldId: nextId(), municipalityId: null, identifiedOn: '2027-01-01' });
    const verdict = await judgePut(as('caseworker'), 'needs', { previous: undefined, next: need });
    expect(verdict).toMatchObject({ ok: false, problems: [{ path: 'identifiedOn', code: 'future_date' }, { path: 'fieldId', code: 'missing_reference' }] });
    expect(verdict).not.toHaveProperty('forbidden');
  });

  it('hands back the record as the schema reads it', async () => {
    const another = makeGoal({ fieldId: field.id });
    expect(await judgePut(as('coordinator'), 'goals', { previous: undefined, next: another })).toEqual({ ok: true, record: another });
  });

  it('writing over a tombstone is a revival, judged as a creation: every date it holds is checked again', async () => {
    // Stored as a tombstone because a rule refused it (SPEC M14): its date never passed.
    const ahead = makeNeed({ fieldId: field.id, municipalityId: null, identifiedOn: '2027-01-01', deleted: true });
    expect(await judgePut(as('coordinator'), 'needs', { previous: ahead, next: next(ahead, { deleted: false }) })).toMatchObject({ ok: false, problems: [{ code: 'future_date' }] });
    const measure = makeMeasure({ deleted: true });
    expect(await judgePut(as('caseworker'), 'measures', { previous: measure, next: next(measure, { deleted: false }) })).toMatchObject({ forbidden: { operation: 'create' } });
  });
});

describe('a delete', () => {
  it('asks the delete grant: a caseworker takes a referral back, but deletes no need', async () => {
    const referral = makeReferral();
    expect(await judgeDelete(as('caseworker'), 'referrals', { previous: referral, next: next(referral, { deleted: true }) })).toMatchObject({ ok: true });
    const need = makeNeed();
    expect(await judgeDelete(as('caseworker'), 'needs', { previous: need, next: next(need, { deleted: true }) })).toMatchObject({ forbidden: { operation: 'delete' } });
  });

  it('asks the update grant of content the tombstone changes: a taken-back referral cannot carry a new month', async () => {
    const referral = makeReferral();
    expect(await judgeDelete(as('caseworker'), 'referrals', { previous: referral, next: next(referral, { deleted: true, month: '2020-01' }) })).toMatchObject({ forbidden: { operation: 'update' } });
  });

  it('holds a tombstone to its schema but not to the rules of live records: a value for a future period, an offer of a deleted provider', async () => {
    const planned = makeMeasurement({ indicatorId: people.id, period: '2099' });
    expect(await judgeDelete(as('caseworker'), 'measurements', { previous: planned, next: next(planned, { deleted: true }) })).toMatchObject({ ok: true });
    const orphan = makeOffer({ providerId: nextId(), fieldIds: [] });
    expect(await judgeDelete(as('coordinator'), 'offers', { previous: orphan, next: next(orphan, { deleted: true }) })).toMatchObject({ ok: true });
    expect(await judgeDelete(as('coordinator'), 'offers', { previous: orphan, next: next(orphan, { deleted: true, name: '' }) })).toMatchObject({ ok: false, problems: [{ path: 'name' }] });
  });
});

describe('a merge result', () => {
  const measure = makeMeasure({ goalIds: [goal.id], revision: 1 });
  const deleted = { ...measure, deleted: true, revision: 2 };

  it("that revives a record is a creation for the sender's role: a caseworker's status edit made before the coordinator deleted the measure", async () => {
    const theirs = { ...measure, status: 'done' };
    const merged = { ...theirs, revision: 3 };
    expect(await judgeMerge(as('caseworker'), 'measures', { base: measure, stored: deleted, theirs, next: merged })).toMatchObject({ ok: false, forbidden: { operation: 'create' } });
    expect(await judgeMerge(as('coordinator'), 'measures', { base: measure, stored: deleted, theirs, next: merged })).toMatchObject({ ok: true, record: { status: 'done', deleted: false } });
  });

  it('that changes nothing asks the role of the change all the same, and writes nothing', async () => {
    const theirs = { ...measure, title: 'Umbenannt' };
    expect(await judgeMerge(as('caseworker'), 'measures', { base: measure, stored: measure, theirs, next: undefined })).toMatchObject({ forbidden: { fields: ['title'] } });
    expect(await judgeMerge(as('caseworker'), 'measures', { base: measure, stored: measure, theirs: measure, next: undefined })).toEqual({ ok: true, record: null });
  });

  it('that a rule refuses comes back as problems without a refusal of the role (the server makes it a conflict, M14)', async () => {
    const value = makeMeasurement({ indicatorId: people.id, period: '2099' });
    const verdict = await judgeMerge(as('caseworker'), 'measurements', { base: undefined, stored: undefined, theirs: value, next: value });
    expect(verdict).toMatchObject({ ok: false, problems: [{ code: 'future_period' }] });
    expect(verdict).not.toHaveProperty('forbidden');
  });

  it("restoring a value someone lost is judged with the loser's role too: the coordinator may not restore an offer description a caseworker planted", async () => {
    const offer = makeOffer({ providerId: nextId(), fieldIds: [] });
    const lookup = new MemoryLookup([{ kind: 'providers', record: makeProvider({ id: offer.providerId }) }]);
    const planted = { ...offer, description: 'Rufen Sie 0900-123 an' };
    const restore = { base: offer, stored: offer, theirs: planted, next: next(planted) };
    expect(await judgeMerge(as('coordinator', { lookup }), 'offers', restore)).toMatchObject({ ok: true });
    expect(await judgeMerge(as('coordinator', { lookup, onBehalfOf: 'caseworker' }), 'offers', restore)).toMatchObject({ forbidden: { role: 'caseworker', operation: 'update' } });
  });
});

describe('a value a device says it lost', () => {
  it('must be one its role could write', () => {
    expect(judgeLostValue('caseworker', 'measures', ['status'], 'paused')).toBeNull();
    expect(judgeLostValue('caseworker', 'measures', ['title'], 'Gekapert')).toEqual({ role: 'caseworker', operation: 'update', fields: ['title'] });
    expect(judgeLostValue('caseworker', 'offers', ['description'], 'x')).toEqual({ role: 'caseworker', operation: 'update' });
    expect(judgeLostValue('caseworker', 'measurements', ['deleted'], true)).toBeNull();
    expect(judgeLostValue('caseworker', 'measures', ['deleted'], true)).toEqual({ role: 'caseworker', operation: 'delete' });
  });
});
