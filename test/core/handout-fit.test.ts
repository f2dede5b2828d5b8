// A hand-out is shortened only when the page is full, and every cut says so with "…", in any
// script. Field test 2: "Gut zu wissen" stopped mid-sentence with 40 % of the page empty.
import { describe, expect, it } from 'vitest';
import type { SheetContent } from '../../src/core/handout-fit';
import { cutText, fitSheet } from '../../src/core/handout-fit';

const noFallbacks = { name: false, description: false, notes: false, directions: false, costNote: false };

function sheet(overrides: Partial<SheetContent> = {}): SheetContent {
  return {
    name: 'Integrationskurs in Haldensleben (Vormittag und Abend)',
    description: 'Sprachkurs bis B1 und Orientierungskurs mit Abschlussprüfung (Deutsch-Test für Zuwanderer, Leben in Deutschland). Einstufungstest vor Kursbeginn.',
    notes: 'Zur Anmeldung Aufenthaltstitel oder Ausweis und, falls vorhanden, den Berechtigungsschein des BAMF mitbringen. Einstufungstest dienstags um 9 Uhr ohne Termin.',
    costNote: 'Kostenbeitrag nach der Integrationskursverordnung; Befreiung bei Bezug von Sozialleistungen möglich.',
    places: [{ name: 'Kreisvolkshochschule Börde – Haldensleben', directions: '' }],
    hours: ['08:30–12:45, 17:00–20:15', '08:30–12:45', '08:30–12:45, 17:00–20:15', '08:30–12:45'],
    contact: { phone: '030 23125 141', email: 'integrationskurse@example.org', website: '' },
    fallbacks: noFallbacks,
    ...overrides,
  };
}

const sentence = 'Bitte Ausweis und Aufenthaltstitel mitbringen, eine Anmeldung ist nicht nötig. ';

describe('fitting a hand-out on one A4 page', () => {
  it('prints the whole note, at the large size, when the page has room for it', () => {
    const notes = sentence.repeat(6).trim();
    const fitted = fitSheet(sheet({ notes }));
    expect(fitted.notes).toBe(notes);
    expect(fitted.dense).toBe(false);
  });

  it('sets a fuller sheet small before it shortens anything', () => {
    const notes = sentence.repeat(9).trim();
    const fitted = fitSheet(sheet({ notes, places: Array.from({ length: 4 }, (_, i) => ({ name: `Standort ${i + 1}`, directions: 'Bus 650 bis Irxleben Kirche.' })) }));
    expect(fitted.dense).toBe(true);
    expect(fitted.notes).toBe(notes);
    expect(fitted.directions).toEqual(Array(4).fill('Bus 650 bis Irxleben Kirche.'));
  });

  it('shortens an overfull sheet’s longest texts at a word, each marked with "…", and keeps the short ones whole', () => {
    const description = sentence.repeat(40).trim();
    const notes = sentence.repeat(30).trim();
    const fitted = fitSheet(sheet({ description, notes }));
    expect(fitted.dense).toBe(true);
    for (const cut of [fitted.description, fitted.notes]) {
      expect(cut.endsWith('…')).toBe(true);
      expect(sentence.repeat(40)).toContain(cut.slice(0, -1));
      // Cut between words: what stands before the mark is a whole word of the text.
      expect(sentence).toContain(`${cut.slice(0, -1).split(' ').at(-1)!} `);
    }
    expect(fitted.description.length).toBeLessThan(description.length);
    expect(fitted.name).toBe(sheet().name);
    expect(fitted.costNote).toBe(sheet().costNote);
  });

  it('marks a cut in Arabic too, at a word, with its vowel marks whole', () => {
    const arabic = 'يُرجى إحضارُ بطاقةِ الهويةِ وتصريحِ الإقامةِ، ولا حاجةَ للتسجيلِ المسبقِ. ';
    const fitted = fitSheet(sheet({ description: arabic.repeat(40).trim(), notes: arabic.repeat(30).trim() }));
    expect(fitted.description.endsWith('…')).toBe(true);
    expect(arabic.repeat(40)).toContain(`${fitted.description.slice(0, -1)} `);
  });
});

describe('cutting a text', () => {
  it('leaves a text that fits alone', () => {
    expect(cutText('Ohne Anmeldung.', 40)).toBe('Ohne Anmeldung.');
  });

  it('cuts at the last space and drops a dangling comma before the mark', () => {
    expect(cutText('Ausweis, Aufenthaltstitel, Berechtigungsschein mitbringen', 30)).toBe('Ausweis, Aufenthaltstitel…');
  });

  it('sets the mark apart after a whole sentence, so it reads as "more follows"', () => {
    expect(cutText('Erster Satz. Zweiter Satz folgt hier.', 20)).toBe('Erster Satz. …');
  });

  it('cuts a word without spaces between two letters as a reader sees them', () => {
    const cut = cutText('مُسْتَشْفَىمُسْتَشْفَىمُسْتَشْفَى', 5);
    expect(cut.endsWith('…')).toBe(true);
    // No vowel mark stands orphaned before the mark.
    expect(cut.slice(0, -1)).toMatch(/[\u0621-\u064a][\u064b-\u0652]*$/u);
  });
});
