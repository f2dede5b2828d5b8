// HSDS exchange against the local database. Planning reads the directory; applying writes every
// new and updated record in ONE transaction, after checking that none of them changed since the
// plan was made (another tab, a sync): then nothing is written and the person plans again.
// Every record is judged by the core's rulebook with the device's role, like any local write
// (a caseworker's tablet does not take over a directory), or nothing is written.
import type { DirectoryData } from '../core/hsds/export';
import { exportHsds, hsdsText } from '../core/hsds/export';
import type { HsdsPlan } from '../core/hsds/plan';
import { planHsdsImport } from '../core/hsds/plan';
import { judgePut } from '../core/rulebook/judge';
import { referenceTargets } from '../core/references';
import type { AnyEntity } from '../core/schema';
import type { Problem } from '../core/validation';
import { recordContext, today } from './context';
import { db } from './database';
import { deviceRole } from './device-role';
import { DeviceLookup } from './record-lookup';
import { writeRecords, writeScope } from './write';

async function readDirectory(): Promise<DirectoryData> {
  const database = db();
  const kinds = ['providers', 'offers', 'locations', 'fieldsOfAction', 'municipalities'] as const;
  return database.transaction('r', kinds.map((kind) => database.entities(kind)), async () => ({
    providers: await database.entities('providers').toArray(),
    offers: await database.entities('offers').toArray(),
    locations: await database.entities('locations').toArray(),
    fieldsOfAction: await database.entities('fieldsOfAction').toArray(),
    municipalities: await database.entities('municipalities').toArray(),
  }));
}

/** The directory as HSDS file text. */
export async function exportHsdsText(): Promise<string> {
  return hsdsText(exportHsds(await readDirectory()));
}

export async function planHsdsText(text: string): Promise<HsdsPlan> {
  const context = recordContext();
  return planHsdsImport(text, await readDirectory(), { now: context.now(), today: today(), by: context.by });
}

export type ApplyResult =
  | { ok: true; written: number }
  | { ok: false; reason: 'not_accepted' | 'changed_meanwhile' }
  | { ok: false; reason: 'refused'; problems: Problem[] };

class ChangedMeanwhile extends Error {}

class Refused extends Error {
  constructor(readonly problems: Problem[]) {
    super('refused');
  }
}

export async function applyHsdsPlan(plan: HsdsPlan): Promise<ApplyResult> {
  if (!plan.accepted) return { ok: false, reason: 'not_accepted' };
  const database = db();
  const kinds = ['providers', 'offers', 'locations'] as const;
  const arriving = new Set(kinds.flatMap((kind) => plan.writes[kind].map((record) => `${kind}/${record.id}`)));
  try {
    await database.transaction('rw', writeScope(kinds.flatMap((kind) => [kind, ...referenceTargets(kind)])), async () => {
      const rules = { role: await deviceRole(), today: today(), lookup: new DeviceLookup(arriving) };
      for (const kind of kinds) {
        const rows = plan.writes[kind];
        const current = await database.anyTable(kind).bulkGet(rows.map((row) => row.id));
        const judged: AnyEntity[] = [];
        for (const [index, record] of rows.entries()) {
          if ((current[index]?.revision ?? null) !== plan.baseRevisions[record.id]) throw new ChangedMeanwhile();
          const verdict = await judgePut(rules, kind, { previous: current[index], next: record });
          if (!verdict.ok) throw new Refused(verdict.problems);
          rules.lookup.judgedAs(kind, verdict.record);
          judged.push(verdict.record);
        }
        await writeRecords(judged.map((record) => ({ kind, record })), 'local');
      }
    });
  } catch (error) {
    if (error instanceof ChangedMeanwhile) return { ok: false, reason: 'changed_meanwhile' };
    if (error instanceof Refused) return { ok: false, reason: 'refused', problems: error.problems };
    throw error;
  }
  return { ok: true, written: plan.writes.providers.length + plan.writes.offers.length + plan.writes.locations.length };
}
