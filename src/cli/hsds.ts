// Open Referral HSDS exchange on snapshot files, for scripted exchange with other directories:
//   npm run hsds -- export SNAPSHOT.json OUT.json   writes the directory as HSDS 3 JSON
//   npm run hsds -- import SNAPSHOT.json IN.json    merges HSDS into the snapshot
// Import is all-or-nothing: on any rejection the reasons go to stderr, the exit status is 1 and
// the snapshot file is not touched. The same core functions run behind the exchange screen.
// No rulebook here: a snapshot file has no role; the plan checks each record's schema, parseSnapshot the result's references, and a device judges it when it is imported.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { applyPlanToRecords } from '../core/hsds/apply';
import { exportHsds, hsdsText } from '../core/hsds/export';
import { countByStatus, planHsdsImport } from '../core/hsds/plan';
import { sizeProblem } from '../core/hsds/read';
import { hsdsReasonText } from '../core/hsds/reasons';
import { describeProblem } from '../core/messages';
import type { Snapshot } from '../core/snapshot';
import { makeSnapshot, parseSnapshot, parseSnapshotText } from '../core/snapshot';

const lang = 'de';
const usage = 'Aufruf: npm run hsds -- export SNAPSHOT.json AUSGABE.json | import SNAPSHOT.json EINGABE.json';

function fail(lines: string[], status = 1): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(status);
}

function readSnapshot(path: string): Snapshot {
  const parsed = parseSnapshotText(readFileSync(path, 'utf8'));
  if (!parsed.ok) fail([`${path}: keine gültige Snapshot-Datei.`, ...parsed.problems.slice(0, 20).map((p) => `  ${p.kind ?? ''} ${p.id ?? ''} ${describeProblem(p, lang)}`)]);
  return parsed.snapshot;
}

function exportCommand(snapshotPath: string, outPath: string): void {
  const page = exportHsds(readSnapshot(snapshotPath).records);
  writeFileSync(outPath, hsdsText(page));
  const services = page.contents.reduce((sum, o) => sum + o.services.length, 0);
  process.stdout.write(`${page.contents.length} Organisationen, ${services} Dienste nach ${outPath} geschrieben.\n`);
}

function importCommand(snapshotPath: string, inPath: string): void {
  const snapshot = readSnapshot(snapshotPath);
  const tooLarge = sizeProblem(statSync(inPath).size);
  if (tooLarge) fail([`${inPath}: ${hsdsReasonText(tooLarge, lang)}`, 'Nichts geschrieben.']);
  const now = new Date().toISOString();
  const plan = planHsdsImport(readFileSync(inPath, 'utf8'), snapshot.records, { now, today: now.slice(0, 10), by: 'hsds-import' });
  const counts = countByStatus(plan);
  for (const entry of plan.entries) {
    for (const note of entry.notes) process.stdout.write(`Hinweis: ${entry.name || entry.id}: ${hsdsReasonText(note, lang)}\n`);
  }
  if (!plan.accepted) {
    fail([
      ...plan.problems.map((r) => `${inPath}: ${hsdsReasonText(r, lang)}`),
      ...plan.entries.filter((e) => e.status === 'rejected').flatMap((e) => e.reasons.map((r) => `abgelehnt: ${e.name || e.id} (${e.id}): ${hsdsReasonText(r, lang)}`)),
      `Nichts geschrieben${counts.rejected > 0 ? ` (${counts.rejected} Einträge abgelehnt)` : ''}: ${snapshotPath} ist unverändert.`,
    ]);
  }
  const records = applyPlanToRecords(snapshot.records, plan);
  // The snapshot must stay whole (every reference resolves) before it replaces the file.
  const checked = parseSnapshot(makeSnapshot(records, now));
  if (!checked.ok) fail([...checked.problems.slice(0, 20).map((p) => `  ${p.kind ?? ''} ${p.id ?? ''} ${describeProblem(p, lang)}`), 'Nichts geschrieben.']);
  if (counts.new + counts.updated > 0) writeFileSync(snapshotPath, JSON.stringify(checked.snapshot, null, 1));
  process.stdout.write(`${counts.new} neu, ${counts.updated} geändert, ${counts.unchanged} unverändert.\n`);
}

const [command, snapshotPath, otherPath] = process.argv.slice(2);
if (!snapshotPath || !otherPath) fail([usage], 2);
try {
  if (command === 'export') exportCommand(snapshotPath, otherPath);
  else if (command === 'import') importCommand(snapshotPath, otherPath);
  else fail([usage], 2);
} catch (error) {
  fail([error instanceof Error ? error.message : String(error)]);
}
