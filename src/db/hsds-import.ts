// HSDS exchange against the local database. Planning reads the directory; applying writes every
// new and updated record in ONE transaction, after checking that none of them changed since the
// plan was made (another tab, a sync): then nothing is written and the person plans again.
import type { DirectoryData } from '../core/hsds/export';
import { exportHsds, hsdsText } from '../core/hsds/export';
import type { HsdsPlan } from '../core/hsds/plan';
import { planHsdsImport } from '../core/hsds/plan';
import { recordContext, today } from './context';
import { db } from './database';
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

export type ApplyResult = { ok: true; written: number } | { ok: false; reason: 'not_accepted' | 'changed_meanwhile' };

class ChangedMeanwhile extends Error {}

export async function applyHsdsPlan(plan: HsdsPlan): Promise<ApplyResult> {
  if (!plan.accepted) return { ok: false, reason: 'not_accepted' };
  const database = db();
  const kinds = ['providers', 'offers', 'locations'] as const;
  try {
    await database.transaction('rw', writeScope(kinds), async () => {
      for (const kind of kinds) {
        const rows = plan.writes[kind];
        const current = await database.anyTable(kind).bulkGet(rows.map((row) => row.id));
        current.forEach((row, index) => {
          if ((row?.revision ?? null) !== plan.baseRevisions[rows[index]!.id]) throw new ChangedMeanwhile();
        });
        await writeRecords(rows.map((record) => ({ kind, record })), 'local');
      }
    });
  } catch (error) {
    if (error instanceof ChangedMeanwhile) return { ok: false, reason: 'changed_meanwhile' };
    throw error;
  }
  return { ok: true, written: plan.writes.providers.length + plan.writes.offers.length + plan.writes.locations.length };
}
