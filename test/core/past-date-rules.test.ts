import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/core/messages';
import { latestToday, pastDateProblems } from '../../src/core/past-date-rules';

const TODAY = '2026-06-30';

describe('a date that records a past event cannot lie after today', () => {
  it('refuses a need found tomorrow and an entry checked next year, named at the field', () => {
    const need = pastDateProblems('needs', undefined, { identifiedOn: '2026-07-01' }, TODAY);
    expect(need).toEqual([{ path: 'identifiedOn', code: 'future_date', params: {} }]);
    expect(describeProblem(need[0]!, 'de')).toBe('Festgestellt am darf nicht in der Zukunft liegen.');
    expect(pastDateProblems('offers', { lastVerified: '2026-01-01' }, { lastVerified: '2027-01-01' }, TODAY)).toEqual([
      { path: 'lastVerified', code: 'future_date', params: {} },
    ]);
  });

  it('checks nested dates: a municipality figure counted in the future, a baseline not yet measured', () => {
    const municipality = { population: { value: 100, date: '2030-12-31' }, topNationalities: null };
    expect(pastDateProblems('municipalities', undefined, municipality, TODAY).map((p) => p.path)).toEqual(['population.date']);
    expect(describeProblem({ path: 'population.date', code: 'future_date', params: {} }, 'de')).toBe('Stand der Einwohnerzahl darf nicht in der Zukunft liegen.');
    const indicator = { baseline: { value: 1, date: '2027-01-01' }, target: { value: 2, date: '2030-12-31' } };
    expect(pastDateProblems('indicators', undefined, indicator, TODAY)).toEqual([{ path: 'baseline.date', code: 'future_date', params: {} }]);
  });

  it('takes today, targets in the future, and an adoption date left empty', () => {
    expect(pastDateProblems('needs', undefined, { identifiedOn: TODAY }, TODAY)).toEqual([]);
    expect(pastDateProblems('measures', undefined, { end: '2030-12-31' }, TODAY)).toEqual([]);
    expect(pastDateProblems('concepts', undefined, { adoptedOn: null }, TODAY)).toEqual([]);
  });

  it('lets an entry dated ahead before the rule existed take other edits, and refuses it once its date is touched', () => {
    const stored = { name: 'Sprachcafé', lastVerified: '2031-01-01' };
    expect(pastDateProblems('providers', stored, { ...stored, name: 'Sprachcafé am Markt' }, TODAY)).toEqual([]);
    expect(pastDateProblems('providers', stored, { ...stored, lastVerified: '2031-02-01' }, TODAY)).toHaveLength(1);
  });
});

describe("the server's today is the latest date on earth", () => {
  it('takes a German tablet\'s "today" shortly after local midnight, when UTC still says yesterday', () => {
    // 00:30 in Berlin on 1 July (CEST) is 22:30 UTC on 30 June.
    const at = new Date('2026-06-30T22:30:00.000Z');
    expect(latestToday(at)).toBe('2026-07-01');
    expect(pastDateProblems('needs', undefined, { identifiedOn: '2026-07-01' }, latestToday(at))).toEqual([]);
    expect(pastDateProblems('needs', undefined, { identifiedOn: '2026-07-02' }, latestToday(at))).toHaveLength(1);
  });
});
