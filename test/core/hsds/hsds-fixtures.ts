// Shared bits for the HSDS tests: the Börde example, a planning context and the official examples.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanContext } from '../../../src/core/hsds/plan';
import type { SnapshotRecords } from '../../../src/core/snapshot';
import { buildExampleSnapshot } from '../../../src/example/build-example';

export const NOW = '2025-03-01T10:00:00.000Z';
export const CONTEXT: PlanContext = { now: NOW, today: '2025-03-01', by: 'hsds-test' };

export function boerde(): SnapshotRecords {
  return buildExampleSnapshot('2025-01-15T09:00:00.000Z').records;
}

/** The same county with an empty directory: concept, fields and municipalities, no providers. */
export function emptyDirectory(records = boerde()): SnapshotRecords {
  return { ...records, providers: [], offers: [], locations: [], referrals: [], correctionReports: [], reviews: [],
    measures: records.measures.map((m) => ({ ...m, partnerProviderIds: [] })) };
}

export function officialExample(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/hsds/examples', `${name}.json`), 'utf8')) as Record<string, unknown>;
}
