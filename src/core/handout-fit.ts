// How a hand-out fits one A4 page. A client reads the whole text where there is room: the sheet
// is set at the large print size when its content fits, at the small size when only that fits,
// and only a sheet still too full is shortened, its longest texts first, each cut at a word
// and marked with "…" (a character of the text, so every script shows it, right to left too).
// The page is measured in lines of body text; each block's lines are estimated from its length
// and the width its column gives it in print (handout.css), erring on the long side, since a
// sheet that spills onto a second page is worse than a few lines of white at the bottom.

export type SheetContent = {
  name: string;
  description: string;
  notes: string;
  costNote: string;
  /** Each printed place's name and directions (the paper lists at most four). */
  places: { name: string; directions: string }[];
  /** Opening times per day, one entry per weekday row. */
  hours: string[];
  contact: { phone: string; email: string; website: string };
  /** Texts shown in German in another language's sheet carry a one-line note under them. */
  fallbacks: { name: boolean; description: boolean; notes: boolean; directions: boolean; costNote: boolean };
};

export type FittedSheet = {
  /** Set at the small print size. */
  dense: boolean;
  name: string;
  description: string;
  notes: string;
  costNote: string;
  directions: string[];
};

/** Characters per printed line of each column, and the page's lines, at each print size. */
type Scale = { page: number; name: number; full: number; wide: number; narrow: number; half: number; heading: number; nameLine: number; hoursLine: number; qr: number };

// Large: 12 pt on 269 mm (47 lines); small: 10 pt (58 lines). Widths: the name beside the QR
// code 140 mm at 20/16 pt, full 180 mm, the wide column 103 mm, the narrow 69 mm, a place 86 mm.
// Character counts are those measured in print for German and Arabic, less a tenth.
const LARGE: Scale = { page: 45, name: 30, full: 72, wide: 37, narrow: 26, half: 34, heading: 2, nameLine: 1.7, hoursLine: 0.9, qr: 6.6 };
const SMALL: Scale = { page: 56, name: 40, full: 86, wide: 48, narrow: 33, half: 43, heading: 1.9, nameLine: 1.6, hoursLine: 0.9, qr: 8.2 };

/** The printed places of a sheet (HandoutSheet prints four and names how many more). */
export const PRINTED_PLACES = 4;

const linesOf = (text: string, perLine: number): number =>
  text
    .split('\n')
    .filter((paragraph, i, all) => paragraph.trim() !== '' || (i > 0 && i < all.length - 1))
    .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(Array.from(paragraph).length / perLine)), 0);

/** Lines of text, or none for an empty one. */
const textLines = (text: string, perLine: number) => (text.trim() ? linesOf(text, perLine) : 0);

type Cuttable = { description: number; notes: number; costNote: number; directions: number; name: number };

/** The sheet's height in body lines at `scale`, with each cuttable text held to at most `cap` lines. */
function sheetLines(content: SheetContent, scale: Scale, cap: Cuttable): number {
  const fallback = (on: boolean) => (on ? 0.8 : 0);
  const name = Math.min(textLines(content.name, scale.name), cap.name) * scale.nameLine + 1 + fallback(content.fallbacks.name);
  const head = Math.max(scale.qr, name);
  const description = Math.min(textLines(content.description, scale.full), cap.description) + fallback(content.fallbacks.description);
  const hours = Math.max(1, content.hours.reduce((sum, times) => sum + Math.ceil(times.length / scale.half) * scale.hoursLine, 0));
  const { phone, email, website } = content.contact;
  const contact = [phone, email, website].filter(Boolean).reduce((sum, value) => sum + 1 + textLines(value, scale.narrow), 0);
  const firstRow = scale.heading + Math.max(hours, contact);
  const places = content.places.slice(0, PRINTED_PLACES);
  let placeRows = 0;
  for (let i = 0; i < places.length; i += 2) {
    const row = places.slice(i, i + 2).map((place) => {
      const directions = place.directions.trim() ? 1 + Math.min(textLines(place.directions, scale.half), cap.directions) + fallback(content.fallbacks.directions) : 0;
      return textLines(place.name, scale.half) + 3 + directions;
    });
    placeRows += Math.max(...row) + 0.5;
  }
  const placesBlock = places.length > 0 ? scale.heading + placeRows + (content.places.length > PRINTED_PLACES ? 1 : 0) : 0;
  const cost = 1 + Math.min(textLines(content.costNote, scale.narrow), cap.costNote) + fallback(content.fallbacks.costNote && content.costNote.trim() !== '');
  const notes = content.notes.trim() ? Math.min(textLines(content.notes, scale.wide), cap.notes) + fallback(content.fallbacks.notes) : 0;
  const lastRow = scale.heading + Math.max(cost, notes);
  return head + description + firstRow + placesBlock + lastRow;
}

/**
 * `text` shortened to about `chars` characters: at the last space before, with "…" where the
 * text stops. A text without spaces there is cut between two characters as a reader sees them
 * (graphemes), never inside an Arabic letter with its vowel marks.
 */
export function cutText(text: string, chars: number): string {
  const graphemes = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  if (graphemes.length <= chars) return text;
  const head = graphemes.slice(0, Math.max(1, chars - 1)).join('');
  const space = head.search(/\s\S*$/u);
  const kept = space > head.length / 2 ? head.slice(0, space) : head;
  // A dangling comma or dash before the mark reads as a typo; after a whole sentence the mark
  // stands apart, so it says that more follows rather than ending that sentence.
  const trimmed = kept.replace(/[\s,;:–—-]+$/u, '');
  return /[.!?؟]$/u.test(trimmed) ? `${trimmed} …` : `${trimmed}…`;
}

const UNLIMITED = 10_000;
const MIN: Cuttable = { description: 3, notes: 3, costNote: 1, directions: 1, name: 2 };

/** Where the sheet fits: the large print size, the small one, or the small one shortened. */
export function fitSheet(content: SheetContent): FittedSheet {
  const whole: Cuttable = { description: UNLIMITED, notes: UNLIMITED, costNote: UNLIMITED, directions: UNLIMITED, name: UNLIMITED };
  const uncut = { name: content.name, description: content.description, notes: content.notes, costNote: content.costNote, directions: content.places.map((p) => p.directions) };
  if (sheetLines(content, LARGE, whole) <= LARGE.page) return { dense: false, ...uncut };
  if (sheetLines(content, SMALL, whole) <= SMALL.page) return { dense: true, ...uncut };

  // Too full even when small: take a line at a time from the text that has the most, until it fits.
  const scale = SMALL;
  const widths: Cuttable = { description: scale.full, notes: scale.wide, costNote: scale.narrow, directions: scale.half, name: scale.name };
  const longestDirections = Math.max(0, ...content.places.slice(0, PRINTED_PLACES).map((p) => textLines(p.directions, scale.half)));
  const cap: Cuttable = {
    description: textLines(content.description, scale.full),
    notes: textLines(content.notes, scale.wide),
    costNote: textLines(content.costNote, scale.narrow),
    directions: longestDirections,
    name: textLines(content.name, scale.name),
  };
  const keys = Object.keys(cap) as (keyof Cuttable)[];
  while (sheetLines(content, scale, cap) > scale.page) {
    const candidates = keys.filter((key) => cap[key] > MIN[key]);
    if (candidates.length === 0) break;
    // The name is cut last: it is what the client looks for.
    const key = candidates.filter((k) => k !== 'name').sort((a, b) => cap[b] - cap[a])[0] ?? 'name';
    cap[key] -= 1;
  }
  const cut = (text: string, key: keyof Cuttable) => (textLines(text, widths[key]) > cap[key] ? cutText(text.replace(/\s*\n\s*/g, ' '), cap[key] * widths[key]) : text);
  return {
    dense: true,
    name: cut(content.name, 'name'),
    description: cut(content.description, 'description'),
    notes: cut(content.notes, 'notes'),
    costNote: cut(content.costNote, 'costNote'),
    directions: content.places.map((place) => cut(place.directions, 'directions')),
  };
}
