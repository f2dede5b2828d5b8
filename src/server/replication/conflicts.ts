// Conflict records (SPEC.md M2, M5, M9, M14, P12) as the server keeps them: what lost a merge,
// for the coordinator to review and restore from (H4).
import { randomUUID } from 'node:crypto';
import type { EntityKind } from '../../core/schema';
import type { SyncConflict } from '../../core/merge/protocol';
import type { FoundConflict } from '../records/apply-writes';
import type { Trx } from '../storage/store';
import type { SyncConflictTable } from '../storage/tables';

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

export async function storeConflicts(trx: Trx, county: string, syncId: string | null, countyRevision: number, found: FoundConflict[], at: string): Promise<SyncConflict[]> {
  const rows: SyncConflictTable[] = found.map((c) => ({
    id: randomUUID(), county, sync_id: syncId, kind: c.kind, record_id: c.recordId, path: JSON.stringify(c.path), reason: c.reason,
    kept: json(c.kept), lost: json(c.lost), problems: json(c.problems), county_revision: countyRevision, kept_revision: c.keptRevision,
    base_revision: c.baseRevision, kept_by: c.keptBy, lost_by: c.lostBy, created_at: at, status: 'open', resolved_by: null, resolved_at: null,
  }));
  // Chunks keep each statement under the stores' limits on bound parameters.
  for (let i = 0; i < rows.length; i += 200) await trx.insertInto('sync_conflicts').values(rows.slice(i, i + 200)).execute();
  return rows.map(conflictOf);
}

export function conflictOf(row: SyncConflictTable): SyncConflict {
  const conflict: SyncConflict = {
    id: row.id, kind: row.kind as EntityKind, recordId: row.record_id, path: JSON.parse(row.path) as string[], reason: row.reason as SyncConflict['reason'],
    countyRevision: row.county_revision, keptRevision: row.kept_revision, baseRevision: row.base_revision, keptBy: row.kept_by, lostBy: row.lost_by,
    createdAt: row.created_at, status: row.status, resolvedBy: row.resolved_by, resolvedAt: row.resolved_at,
  };
  if (row.kept !== null) conflict.kept = JSON.parse(row.kept);
  if (row.lost !== null) conflict.lost = JSON.parse(row.lost);
  if (row.problems !== null) conflict.problems = JSON.parse(row.problems) as SyncConflict['problems'];
  return conflict;
}
