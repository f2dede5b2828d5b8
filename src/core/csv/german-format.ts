// Numbers and dates the way German spreadsheet programs write and read them: 1.234,5 and
// 31.12.2024. Writing keeps every digit JavaScript has (no rounding), so a value survives a
// round trip through a file unchanged. Reading is strict on purpose: "1.5" or "12,3,4" could
// mean several things, and a wrong measurement is worse than a row the person has to fix.

/** 1234.5 → "1.234,5"; -0.25 → "-0,25". */
export function formatNumberDe(value: number): string {
  const plain = String(Math.abs(value));
  const sign = value < 0 ? '-' : '';
  // Very large or tiny numbers come in exponent form; they keep it, with a decimal comma.
  if (/e/i.test(plain)) return sign + plain.replace('.', ',');
  const [whole = '0', fraction] = plain.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return sign + grouped + (fraction ? `,${fraction}` : '');
}

const germanNumber = /^[-+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const exponentNumber = /^[-+]?\d+(,\d+)?e[-+]?\d+$/i;

/** "1.234,5" → 1234.5; anything that is not a German number is null. */
export function parseNumberDe(text: string): number | null {
  const trimmed = text.trim();
  if (germanNumber.test(trimmed) || exponentNumber.test(trimmed)) {
    const value = Number(trimmed.replace(/\./g, '').replace(',', '.'));
    return Number.isFinite(value) ? value : null;
  }
  return null;
}

/** "2024-05-01" → "01.05.2024". */
export function formatDateDe(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** "1.5.2024" or "01.05.2024" → "2024-05-01"; not a real day → null. */
export function parseDateDe(text: string): string | null {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
