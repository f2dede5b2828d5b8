// The core's write rules as a write asks them, with the county's other records from a lookup:
// a measurement against its indicator and the indicator's other values, dates against today.
import { describe, expect, it } from 'vitest';
import { recordRuleProblems } from '../../../src/core/rulebook/record-rules';
import { makeIndicator, makeMeasure, makeMeasurement, makeNeed } from '../../factories';
import { MemoryLookup } from './memory-lookup';

const TODAY = '2026-06-03';
const people = makeIndicator({ unit: 'Personen', period: 'yearly' });

describe("the core's write rules, asked with the county's other records", () => {
  it('a second value for the same period and place is refused', async () => {
    const first = makeMeasurement({ indicatorId: people.id, period: '2025', municipalityId: null });
    const lookup = new MemoryLookup([{ kind: 'indicators', record: people }, { kind: 'measurements', record: first }]);
    const second = makeMeasurement({ indicatorId: people.id, period: '2025', municipalityId: null });
    expect(await recordRuleProblems(lookup, TODAY, 'measurements', second, undefined)).toEqual([{ path: 'period', code: 'duplicate_measurement', params: { period: '2025' } }]);
    // Editing the first value is no second value.
    expect(await recordRuleProblems(lookup, TODAY, 'measurements', { ...first, value: 7 }, first)).toEqual([]);
  });

  it('a deleted value takes no place: its period is free again', async () => {
    const deleted = makeMeasurement({ indicatorId: people.id, period: '2025', municipalityId: null, deleted: true });
    const lookup = new MemoryLookup([{ kind: 'indicators', record: people }, { kind: 'measurements', record: deleted }]);
    expect(await recordRuleProblems(lookup, TODAY, 'measurements', makeMeasurement({ indicatorId: people.id, period: '2025', municipalityId: null }), undefined)).toEqual([]);
  });

  it('a value for a period that has not begun, or a negative count, is refused', async () => {
    const lookup = new MemoryLookup([{ kind: 'indicators', record: people }]);
    expect(await recordRuleProblems(lookup, TODAY, 'measurements', makeMeasurement({ indicatorId: people.id, period: '2027' }), undefined)).toMatchObject([{ code: 'future_period' }]);
    expect(await recordRuleProblems(lookup, TODAY, 'measurements', makeMeasurement({ indicatorId: people.id, period: '2025', value: -1 }), undefined)).toMatchObject([{ code: 'negative_value' }]);
  });

  it('a measurement whose indicator is missing is left to the reference check', async () => {
    expect(await recordRuleProblems(new MemoryLookup(), TODAY, 'measurements', makeMeasurement({ period: '2099' }), undefined)).toEqual([]);
  });

  it('dates: a progress note or a need dated after today; a record without an earlier version has every date checked', async () => {
    const aheadNote = { id: 'n1', date: '2026-06-04', text: 'Morgen', author: 'ben' };
    const measure = makeMeasure({ progressNotes: [aheadNote] });
    expect(await recordRuleProblems(new MemoryLookup(), TODAY, 'measures', measure, undefined)).toMatchObject([{ path: 'progressNotes.0.date', code: 'future_date' }]);
    // A note dated ahead before the rule existed does not block other edits.
    expect(await recordRuleProblems(new MemoryLookup(), TODAY, 'measures', { ...measure, title: 'Neu' }, measure)).toEqual([]);
    const need = makeNeed({ identifiedOn: '2027-01-01' });
    expect(await recordRuleProblems(new MemoryLookup(), TODAY, 'needs', need, undefined)).toMatchObject([{ path: 'identifiedOn', code: 'future_date' }]);
  });
});
