import { describe, expect, it } from 'vitest';
import { validateEntity } from '../../src/core/validation';
import { readTime } from '../../src/core/schema';
import { makeOffer } from '../factories';

describe('a time typed into the opening hours', () => {
  it.each([
    ['9', '09:00'],
    ['12', '12:00'],
    ['9.30', '09:30'],
    ['9:30', '09:30'],
    ['9,30', '09:30'],
    ['930', '09:30'],
    ['0930', '09:30'],
    ['1745', '17:45'],
    ['14 Uhr', '14:00'],
    ['8h', '08:00'],
    [' 09:00 ', '09:00'],
    ['0', '00:00'],
  ])('reads "%s" as %s', (typed, stored) => {
    expect(readTime(typed)).toBe(stored);
  });

  it.each(['25', '9:75', '2400', '9.3', 'neun', '9 bis 12', ''])('leaves "%s" as typed, for the schema to refuse', (typed) => {
    expect(readTime(typed)).toBe(typed.trim());
  });

  it('gives times the schema accepts, and the schema still refuses what it cannot read', () => {
    const slot = (opens: string, closes: string) => makeOffer({ openingHours: [{ weekday: 1, opens: readTime(opens), closes: readTime(closes) }] });
    expect(validateEntity('offers', slot('9', '12')).ok).toBe(true);
    expect(validateEntity('offers', slot('9', 'mittags'))).toMatchObject({ ok: false, problems: [{ path: 'openingHours.0.closes', code: 'invalid_format' }] });
  });
});
