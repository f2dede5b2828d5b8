// The device asks the core's rulebook with its own role before every local write (issue 17):
// a caseworker's tablet refuses offline what the server would refuse at the next sync, and says
// what the role may not do; a device that never connected to a server may do everything.
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeProblem } from '../../src/core/messages';
import { emptyRecords } from '../../src/core/snapshot';
import { useDeviceRole } from '../../src/db/device-role';
import { pendingCount } from '../../src/db/outbox';
import { create, getById, remove, update } from '../../src/db/repository';
import { replaceAll } from '../../src/db/snapshot';
import { forgetConnection, markExpired, saveConnection } from '../../src/replica/connection';
import type { Role } from '../../src/replica/server-api';
import { draftOf, freshDatabase, makeFieldOfAction, makeGoal, makeMeasure, makeMunicipality, makeNeed, makeOffer, makeProvider, makeReferral } from '../factories';

const field = makeFieldOfAction();
const goal = makeGoal({ fieldId: field.id });
const measure = makeMeasure({ goalIds: [goal.id] });
const town = makeMunicipality();
const need = makeNeed({ fieldId: field.id, municipalityId: town.id });
const provider = makeProvider({ fieldIds: [field.id] });
const offer = makeOffer({ providerId: provider.id, fieldIds: [field.id], locationIds: [], municipalityIds: [] });

beforeEach(async () => {
  freshDatabase();
  const records = emptyRecords();
  records.fieldsOfAction.push(field);
  records.goals.push(goal);
  records.measures.push(measure);
  records.municipalities.push(town);
  records.needs.push(need);
  records.providers.push(provider);
  records.offers.push(offer);
  await replaceAll(records, 'sync');
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-06-03T09:00:00.000Z'));
});
afterEach(() => vi.useRealTimers());

const logIn = (role: Role) => saveConnection('boerde', role === 'caseworker' ? 'ben' : 'anna', { token: 't', role, expiresAt: '2027-01-01T00:00:00.000Z' });

describe("a caseworker's tablet", () => {
  beforeEach(() => logIn('caseworker'));

  it("refuses to retitle a measure, naming what the role may not do, and keeps the measure and the outbox as they were", async () => {
    const result = await update('measures', measure.id, { title: 'Umbenannt', status: 'paused' });
    expect(result).toEqual({ ok: false, problems: [{ path: 'title', code: 'forbidden', params: { role: 'caseworker', operation: 'update', kind: 'measures', fields: 'title' } }] });
    if (result.ok) return;
    expect(describeProblem(result.problems[0]!, 'de')).toBe('Die Rolle „Fachkraft“ darf bei Maßnahmen „Titel“ nicht ändern.');
    expect(describeProblem(result.problems[0]!, 'en')).toBe('The caseworker role may not change “Title” of measures.');
    expect(await getById('measures', measure.id)).toEqual(measure);
    expect(await pendingCount()).toBe(0);
  });

  it("changes a measure's status, and records a need", async () => {
    expect(await update('measures', measure.id, { status: 'paused' })).toMatchObject({ ok: true, value: { status: 'paused' } });
    expect(await create('needs', draftOf('needs', makeNeed({ fieldId: field.id, municipalityId: town.id })))).toMatchObject({ ok: true });
  });

  it('refuses to create a goal', async () => {
    const result = await create('goals', draftOf('goals', makeGoal({ fieldId: field.id })));
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'forbidden', params: { operation: 'create', kind: 'goals' } }] });
  });

  it('refuses to delete a need: remove() says so, and the need stays', async () => {
    const removed = await remove('needs', need.id);
    expect(removed).toMatchObject({ ok: false, problems: [{ code: 'forbidden', params: { operation: 'delete' } }] });
    if (!removed.ok) expect(describeProblem(removed.problems[0]!, 'de')).toBe('Die Rolle „Fachkraft“ darf Bedarfe nicht löschen.');
    expect(await getById('needs', need.id)).toEqual(need);
    expect(await pendingCount()).toBe(0);
  });

  it('counts a referral and takes the count back, but does not change one', async () => {
    const counted = await create('referrals', draftOf('referrals', makeReferral({ offerId: offer.id, municipalityId: null })));
    if (!counted.ok) throw new Error(`the referral should be counted: ${JSON.stringify(counted.problems)}`);
    expect(await update('referrals', counted.value.id, { month: '2026-01' })).toMatchObject({ ok: false, problems: [{ code: 'forbidden', params: { operation: 'update' } }] });
    expect(await remove('referrals', counted.value.id)).toEqual({ ok: true });
    expect(await getById('referrals', counted.value.id)).toBeUndefined();
  });

  it('keeps its role when the login expires: the data and its changes are still that person\'s', async () => {
    await markExpired();
    expect(await update('measures', measure.id, { title: 'Umbenannt' })).toMatchObject({ ok: false, problems: [{ code: 'forbidden' }] });
  });

  it('may do everything once logged out: the device is nobody\'s, and a server judges it if it connects again', async () => {
    await forgetConnection();
    expect(await update('measures', measure.id, { title: 'Umbenannt' })).toMatchObject({ ok: true });
    expect(await remove('needs', need.id)).toEqual({ ok: true });
  });
});

describe('a device that never connected to a server', () => {
  it('may do everything: create a goal, retitle a measure, delete a need', async () => {
    expect(await create('goals', draftOf('goals', makeGoal({ fieldId: field.id })))).toMatchObject({ ok: true });
    expect(await update('measures', measure.id, { title: 'Umbenannt' })).toMatchObject({ ok: true });
    expect(await remove('needs', need.id)).toEqual({ ok: true });
    expect(await remove('needs', need.id)).toEqual({ ok: true, unchanged: true });
  });
});

describe('useDeviceRole, for screens that offer only what the role may do', () => {
  it('is undefined while loading, then the role; null once logged out', async () => {
    await logIn('caseworker');
    const { result } = renderHook(() => useDeviceRole());
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toBe('caseworker'));
    await act(() => forgetConnection());
    await waitFor(() => expect(result.current).toBeNull());
  });
});
