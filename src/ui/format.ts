// Numbers and dates as a German (or English) reader expects them.
export function formatDate(iso: string | null | undefined, lang: string): string {
  if (!iso) return '–';
  const [year, month, day] = iso.slice(0, 10).split('-');
  if (!year || !month || !day) return iso;
  return lang === 'de' ? `${day}.${month}.${year}` : `${year}-${month}-${day}`;
}

export function formatNumber(value: number | null | undefined, lang: string, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: digits }).format(value);
}

export function formatMoney(value: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
}

/**
 * Reads a number typed by a person: "1.234,5" (German), "1234.5", "12,5" all work.
 * Empty text is undefined (so a required field says so); anything else unreadable is NaN.
 */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return undefined;
  let normalised = trimmed;
  if (trimmed.includes(',')) normalised = trimmed.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(trimmed)) normalised = trimmed.replace(/\./g, '');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** A number for an input field, in the reader's notation. */
export function numberToInput(value: number | null | undefined, lang: string): string {
  if (value === null || value === undefined) return '';
  return lang === 'de' ? String(value).replace('.', ',') : String(value);
}
