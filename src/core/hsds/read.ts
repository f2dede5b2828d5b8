// Reading an HSDS file: size, JSON, top-level shape, then each organization against input.ts.
// A structural problem is reported against the record it sits in (organization, service or
// location, by id and name) with the path to the field, so a person can find and fix it.
import type { z } from 'zod';
import type { OrganizationIn } from './input';
import { organizationIn } from './input';
import type { HsdsReason, StructureIssue } from './reasons';

export const MAX_HSDS_MEGABYTES = 20;
/** Characters, not bytes: the text is already decoded; for the mostly-ASCII HSDS files that is close. */
export const MAX_HSDS_CHARS = MAX_HSDS_MEGABYTES * 1024 * 1024;

export type DirectoryKind = 'providers' | 'offers' | 'locations';
export type RecordRef = { kind: DirectoryKind; id: string; name: string };
export type RecordRejection = RecordRef & { reasons: HsdsReason[] };

export type ReadHsds =
  | { ok: true; organizations: OrganizationIn[]; rejections: RecordRejection[] }
  | { ok: false; problems: HsdsReason[] };

const megabytes = (chars: number) => Math.round((chars / 1024 / 1024) * 10) / 10;

/** The size check alone, for callers that know the size before reading (a File, a stat). */
export function sizeProblem(size: number, limit = MAX_HSDS_CHARS): HsdsReason | null {
  return size > limit ? { code: 'too_large', megabytes: megabytes(size), limitMegabytes: megabytes(limit) } : null;
}

const recordKeys: Record<string, DirectoryKind> = { services: 'offers', locations: 'locations', location: 'locations' };

function describe(value: unknown, kind: DirectoryKind, fallbackId: string): RecordRef {
  const row = (value ?? {}) as { id?: unknown; name?: unknown };
  return {
    kind,
    id: typeof row.id === 'string' ? row.id : fallbackId,
    name: typeof row.name === 'string' ? row.name : '',
  };
}

function issueOf(issue: z.core.$ZodIssue, raw: unknown): { ref: RecordRef; reason: HsdsReason } {
  let value = raw;
  let ref = describe(raw, 'providers', '?');
  let path = '';
  issue.path.forEach((key, at) => {
    path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
    const parentKey = typeof key === 'number' ? issue.path[at - 1] : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof parentKey === 'string' && recordKeys[parentKey]) {
      ref = describe(value, recordKeys[parentKey], '?');
    }
  });
  let kind: StructureIssue = 'other';
  let expected = issue.message;
  if (issue.code === 'invalid_type') {
    kind = value === undefined ? 'missing' : 'type';
    expected = issue.expected;
  } else if (issue.code === 'invalid_format' && issue.format === 'uuid') {
    kind = 'uuid';
  } else if (issue.code === 'invalid_value') {
    kind = 'choice';
    expected = issue.values.map(String).join(', ');
  }
  return { ref, reason: { code: 'structure', path, issue: kind, expected } };
}

/** Parses and checks HSDS text; every organization that passes is returned, the rest rejected. */
export function readHsdsText(text: string, limit = MAX_HSDS_CHARS): ReadHsds {
  const tooLarge = sizeProblem(text.length, limit);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ code: 'invalid_json', detail: error instanceof Error ? error.message : String(error) }] };
  }
  // A page (our export), a bare list of organizations, or one organization on its own.
  const object = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  const list = Array.isArray(value)
    ? value
    : object && Array.isArray(object.contents)
      ? object.contents
      : object && 'id' in object && 'name' in object && !('contents' in object)
        ? [object]
        : null;
  if (!list) return { ok: false, problems: [{ code: 'not_hsds' }] };
  const organizations: OrganizationIn[] = [];
  const rejections = new Map<string, RecordRejection>();
  list.forEach((raw, index) => {
    const checked = organizationIn.safeParse(raw);
    if (checked.success) {
      organizations.push(checked.data);
      return;
    }
    for (const issue of checked.error.issues) {
      const { ref, reason } = issueOf(issue, raw);
      const key = `${ref.kind}/${ref.id}/${index}`;
      const entry = rejections.get(key) ?? { ...ref, reasons: [] };
      entry.reasons.push(reason.code === 'structure' ? { ...reason, path: `contents[${index}]${reason.path ? `.${reason.path}` : ''}` } : reason);
      rejections.set(key, entry);
    }
  });
  return { ok: true, organizations, rejections: [...rejections.values()] };
}
