// How a record is named to a person when sync speaks about it (a refused change, a value that
// lost a conflict, a history): its title or name, else the start of its text, else its id.
const MAX = 80;

export function recordTitle(record: unknown, fallback: string): string {
  if (typeof record !== 'object' || record === null) return fallback;
  const fields = record as Record<string, unknown>;
  for (const field of ['title', 'name', 'description', 'note', 'period', 'month']) {
    const value = fields[field];
    if (typeof value === 'string' && value.trim() !== '') {
      const text = value.trim();
      return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
    }
  }
  return fallback;
}
