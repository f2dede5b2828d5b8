// Writes a checked import as one: new rows are created, changed rows update the stored
// measurement, all in one transaction. The preview was checked against the data of that
// moment; should a row still be refused (someone changed the indicator meanwhile), nothing of
// the file is stored and the row is named.
import type { ImportPreview } from '../../core/csv/measurement-import';
import type { Problem } from '../../core/validation';
import type { Write } from '../../db/repository';
import { saveAll } from '../../db/repository';

export type CommitResult = { ok: true; written: number } | { ok: false; row: number; problems: Problem[] };

export async function commitImport(preview: ImportPreview): Promise<CommitResult> {
  if (!preview.canImport) return { ok: true, written: 0 };
  const rows: { row: number; write: Write<'measurements'> }[] = [];
  for (const { row, values, verdict, existingId } of preview.rows) {
    if (!values || verdict === 'unchanged') continue;
    rows.push({ row, write: verdict === 'update' && existingId ? { id: existingId, changes: values } : { draft: values } });
  }
  const result = await saveAll('measurements', rows.map((r) => r.write));
  return result.ok ? result : { ok: false, row: rows[result.index]?.row ?? 0, problems: result.problems };
}
