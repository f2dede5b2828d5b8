// Writes a checked import: new rows are created, changed rows update the stored measurement.
// The preview was checked against the data of that moment; should a write still be refused
// (someone changed the indicator meanwhile), the error surfaces and the rows before it stay.
// One transaction for the whole file would need a bulk write in db/repository.ts.
import type { ImportPreview } from '../../core/csv/measurement-import';
import { create, update } from '../../db/repository';

export async function commitImport(preview: ImportPreview): Promise<number> {
  if (!preview.canImport) return 0;
  let written = 0;
  for (const row of preview.rows) {
    if (!row.values || row.verdict === 'unchanged') continue;
    const result = row.verdict === 'update' && row.existingId ? await update('measurements', row.existingId, row.values) : await create('measurements', row.values);
    if (!result.ok) throw new Error(`row ${row.row}: ${result.problems.map((p) => `${p.path} ${p.code}`).join(', ')}`);
    written += 1;
  }
  return written;
}
