import { countReferrals, monthlyTotals, referralMeasurements } from '../../src/core/referral-counts';
import { makeMeasurement, makeReferral } from '../factories';

const sprachcafe = '00000000-0000-4000-8000-00000000aaaa';
const beratung = '00000000-0000-4000-8000-00000000bbbb';
const haldensleben = '00000000-0000-4000-8000-00000000cccc';

describe('referral counts', () => {
  it('counts three taps on the same offer in the same place and month as one row of three', () => {
    const taps = [1, 2, 3].map(() => makeReferral({ offerId: sprachcafe, municipalityId: haldensleben, month: '2025-03' }));
    expect(countReferrals(taps)).toEqual([{ offerId: sprachcafe, municipalityId: haldensleben, month: '2025-03', count: 3 }]);
  });

  it('keeps offers, places (including "not given") and months apart, newest month first', () => {
    const rows = countReferrals([
      makeReferral({ offerId: sprachcafe, municipalityId: haldensleben, month: '2025-02' }),
      makeReferral({ offerId: sprachcafe, municipalityId: null, month: '2025-03' }),
      makeReferral({ offerId: beratung, municipalityId: null, month: '2025-03' }),
      makeReferral({ offerId: beratung, municipalityId: null, month: '2025-03' }),
    ]);
    expect(rows.map((r) => [r.month, r.offerId, r.municipalityId, r.count])).toEqual([
      ['2025-03', beratung, null, 2],
      ['2025-03', sprachcafe, null, 1],
      ['2025-02', sprachcafe, haldensleben, 1],
    ]);
  });

  it('sums all offers per month, oldest first', () => {
    const totals = monthlyTotals([
      makeReferral({ month: '2025-03' }),
      makeReferral({ month: '2025-01' }),
      makeReferral({ month: '2025-03' }),
    ]);
    expect(totals).toEqual([
      { month: '2025-01', count: 1 },
      { month: '2025-03', count: 2 },
    ]);
  });
});

describe('feeding referral counts into an indicator', () => {
  it('creates a measurement for a new month, updates a changed one and leaves a current one alone', () => {
    const january = makeMeasurement({ period: '2025-01', value: 4, municipalityId: null });
    const february = makeMeasurement({ period: '2025-02', value: 7, municipalityId: null });
    const local = makeMeasurement({ period: '2025-03', value: 1, municipalityId: haldensleben });
    const plan = referralMeasurements(
      [
        { month: '2025-01', count: 4 },
        { month: '2025-02', count: 9 },
        { month: '2025-03', count: 2 },
      ],
      [january, february, local],
    );
    expect(plan).toEqual({ create: [{ period: '2025-03', value: 2 }], update: [{ id: february.id, value: 9 }], unchanged: 1 });
  });
});
