import { describe, expect, it } from 'vitest';
import type { Bundles } from '../../src/ui/i18n/translate';
import { translate } from '../../src/ui/i18n/translate';

const bundles: Bundles = {
  de: {
    common: { save: 'Speichern', states: { countyWide: 'Kreisweit' } },
    needs: { count_one: '{{count}} Bedarf', count_other: '{{count}} Bedarfe', onlyGerman: 'Nur deutsch', kinds: { a: 'A', b: 'B' } },
    latest: { text: 'Zuletzt {{value}} {{unit}} ({{ period }})' },
  },
  en: {
    common: { save: 'Save', states: { countyWide: 'County-wide' } },
    needs: { count_one: '{{count}} need', count_other: '{{count}} needs' },
  },
};

describe('translate', () => {
  it('picks the plural form by count, in each language', () => {
    expect(translate(bundles, 'de', ['needs'], 'count', { count: 1 })).toBe('1 Bedarf');
    expect(translate(bundles, 'de', ['needs'], 'count', { count: 0 })).toBe('0 Bedarfe');
    expect(translate(bundles, 'en', ['needs'], 'count', { count: 3 })).toBe('3 needs');
  });

  it('reads nested keys and other namespaces by prefix', () => {
    expect(translate(bundles, 'en', ['needs'], 'common:states.countyWide')).toBe('County-wide');
  });

  it('looks an unprefixed key up in the listed namespaces in order', () => {
    expect(translate(bundles, 'de', ['needs', 'common'], 'save')).toBe('Speichern');
  });

  it('falls back to German when the English words are missing', () => {
    expect(translate(bundles, 'en', ['needs'], 'onlyGerman')).toBe('Nur deutsch');
  });

  it('fills placeholders and keeps a placeholder without a value visible', () => {
    expect(translate(bundles, 'de', ['latest'], 'text', { value: 12, period: '2025' })).toBe('Zuletzt 12 {{unit}} (2025)');
  });

  it('shows a missing key as it is', () => {
    expect(translate(bundles, 'de', ['common'], 'nothing.here')).toBe('nothing.here');
  });

  it('returns a list of words only when asked to', () => {
    expect(translate(bundles, 'de', ['needs'], 'kinds', { returnObjects: true })).toEqual({ a: 'A', b: 'B' });
    expect(translate(bundles, 'de', ['needs'], 'kinds')).toBe('kinds');
  });
});
