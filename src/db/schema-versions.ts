// Every Dexie schema version the app has shipped, oldest first. Never edit a shipped entry:
// add a new one, so that a tablet that was offline for months still upgrades step by step.
// test/db/migrations.test.ts opens each older version, fills it, and upgrades it to the latest.
import type { Transaction } from 'dexie';
import { assessmentWithId } from '../core/item-ids';
import type { Review } from '../core/schema';
import { noteAllAsLocal, reshapeBeforeOutbox, reshapeRecords } from './write';

export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};

export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      concepts: 'id, updatedAt',
      municipalities: 'id, name, kind, parentId, officialKey',
      fieldsOfAction: 'id, order, code',
      goals: 'id, fieldId, updatedAt',
      measures: 'id, *goalIds, status, updatedAt',
      indicators: 'id, *goalIds, *measureIds, updatedAt',
      measurements: 'id, indicatorId, updatedAt',
      needs: 'id, fieldId, municipalityId, status, updatedAt',
      providers: 'id, name, updatedAt',
      offers: 'id, providerId, *fieldIds, updatedAt',
      locations: 'id, providerId, municipalityId',
    },
  },
  {
    // Settings and bookkeeping (example loaded, last export), and the indexes the
    // measurement table and the directory screens query by.
    version: 2,
    stores: {
      meta: 'key',
      measurements: 'id, indicatorId, [indicatorId+period], municipalityId, updatedAt',
      measures: 'id, *goalIds, status, *partnerProviderIds, *municipalityIds, updatedAt',
      offers: 'id, providerId, *fieldIds, *municipalityIds, lastVerified, updatedAt',
      providers: 'id, name, lastVerified, updatedAt',
    },
    upgrade: async (tx) => {
      // Directory entries written by version 1 had no archive flag.
      for (const table of ['providers', 'offers', 'locations']) {
        await reshapeBeforeOutbox(tx.table(table), (row: { archived?: boolean }) => {
          row.archived ??= false;
        });
      }
    },
  },
  {
    // Directory upkeep (referral counts, correction reports) and evaluation cycles; offers
    // gain translations, practical notes and course dates.
    version: 3,
    stores: {
      referrals: 'id, offerId, month, municipalityId, updatedAt',
      correctionReports: 'id, targetId, status, updatedAt',
      reviews: 'id, period, status, updatedAt',
    },
    upgrade: async (tx) => {
      await reshapeBeforeOutbox(tx.table('offers'), (row: { translations?: object; practicalNotes?: string; course?: object | null }) => {
        row.translations ??= {};
        row.practicalNotes ??= '';
        row.course ??= null;
      });
    },
  },
  {
    // The outbox: every local change to a record, for sync (src/db/write.ts). Nothing stored
    // so far ever reached a server, so every record is noted as new on this device.
    version: 4,
    stores: { outbox: 'key' },
    upgrade: (tx) => noteAllAsLocal((name) => tx.table(name)),
  },
  {
    // A review's goal assessments get ids (each its goal's), so sync merges them one by one.
    version: 5,
    stores: {},
    upgrade: (tx) =>
      reshapeRecords((name) => tx.table(name), 'reviews', (record) => {
        const review = record as Review;
        return { ...review, assessments: review.assessments.map((assessment) => assessmentWithId(assessment) as Review['assessments'][number]) };
      }),
  },
];

export const latestVersion = schemaVersions[schemaVersions.length - 1]!.version;
