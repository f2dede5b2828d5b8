// Which fields of which kind point at records of another kind. The snapshot check and the
// repository read the same list, so a new reference is declared once.
import type { EntityKind } from './schema';

type Reference = { kind: EntityKind; field: string; target: EntityKind };

export const references: readonly Reference[] = [
  { kind: 'municipalities', field: 'parentId', target: 'municipalities' },
  { kind: 'goals', field: 'fieldId', target: 'fieldsOfAction' },
  { kind: 'measures', field: 'goalIds', target: 'goals' },
  { kind: 'measures', field: 'partnerProviderIds', target: 'providers' },
  { kind: 'measures', field: 'municipalityIds', target: 'municipalities' },
  { kind: 'indicators', field: 'goalIds', target: 'goals' },
  { kind: 'indicators', field: 'measureIds', target: 'measures' },
  { kind: 'measurements', field: 'indicatorId', target: 'indicators' },
  { kind: 'measurements', field: 'municipalityId', target: 'municipalities' },
  { kind: 'needs', field: 'fieldId', target: 'fieldsOfAction' },
  { kind: 'needs', field: 'municipalityId', target: 'municipalities' },
  { kind: 'providers', field: 'fieldIds', target: 'fieldsOfAction' },
  { kind: 'offers', field: 'providerId', target: 'providers' },
  { kind: 'offers', field: 'locationIds', target: 'locations' },
  { kind: 'offers', field: 'municipalityIds', target: 'municipalities' },
  { kind: 'offers', field: 'fieldIds', target: 'fieldsOfAction' },
  { kind: 'locations', field: 'providerId', target: 'providers' },
  { kind: 'locations', field: 'municipalityId', target: 'municipalities' },
  { kind: 'referrals', field: 'offerId', target: 'offers' },
  { kind: 'referrals', field: 'municipalityId', target: 'municipalities' },
];

export type ReferenceValue = { field: string; target: EntityKind; ref: string };

/** Every id a record of `kind` refers to, with the field that holds it (null and empty skipped). */
export function referencesOf(kind: EntityKind, record: object): ReferenceValue[] {
  const found: ReferenceValue[] = [];
  for (const { kind: owner, field, target } of references) {
    if (owner !== kind) continue;
    const value = (record as Record<string, unknown>)[field];
    const refs = Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
    for (const ref of refs) found.push({ field, target, ref });
  }
  return found;
}

/** The kinds a record of `kind` can refer to. */
export function referenceTargets(kind: EntityKind): EntityKind[] {
  return [...new Set(references.filter((r) => r.kind === kind).map((r) => r.target))];
}
