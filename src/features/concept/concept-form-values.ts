// What the Leitbild form holds, and what it changes in the concept record.
import type { ConceptStatus, Principle } from '../../core/schema';

export type ConceptValues = {
  title: string;
  status: ConceptStatus;
  validFrom: string;
  validTo: string;
  adoptedOn: string;
  vision: string;
  principles: Principle[];
};

/** The record changes; an empty optional date means "none". */
export function conceptChanges(v: ConceptValues) {
  return {
    title: v.title,
    status: v.status,
    // Empty is "missing" (a required field), not a malformed date.
    validFrom: v.validFrom || undefined,
    validTo: v.validTo || null,
    adoptedOn: v.adoptedOn || null,
    vision: v.vision,
    principles: v.principles,
  };
}
