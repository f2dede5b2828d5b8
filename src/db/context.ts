// The adapters the core asks for: the clock, ids and the author of a change.
import type { RecordContext } from '../core/records';

/** What updatedBy says when nobody on the device set a name; screens say "auf diesem Gerät" (src/db/author.ts). */
export const UNNAMED_AUTHOR = 'lokal';

let author = UNNAMED_AUTHOR;

/** The name that goes into updatedBy; settings let a person set it. */
export function setAuthor(name: string): void {
  author = name.trim() || UNNAMED_AUTHOR;
}

export function recordContext(): RecordContext {
  return {
    now: () => new Date().toISOString(),
    newId: () => crypto.randomUUID(),
    by: author,
  };
}

/** Today as an ISO date in the device's time zone. */
export function today(): string {
  const now = new Date();
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}
