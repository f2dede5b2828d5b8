// A small, fully linked county (one record of every kind) stored on the server by its
// coordinator, and records of each kind to create and change in tests.
import type { EntityKind, EntityOf } from '../../src/core/schema';
import { entityKinds } from '../../src/core/schema';
import type { SnapshotRecords } from '../../src/core/snapshot';
import {
  makeConcept, makeCorrectionReport, makeFieldOfAction, makeGoal, makeIndicator, makeLinkedRecords, makeLocation, makeMeasure,
  makeMeasurement, makeMunicipality, makeNeed, makeOffer, makeProvider, makeReferral, makeReview,
} from '../factories';
import { ordinaryEdits } from '../role-table';
import { call } from './http';

export type County = SnapshotRecords;

/** The linked records plus a referral, a correction report and a review pointing into them. */
export function countyRecords(): County {
  const records = makeLinkedRecords();
  const offer = records.offers[0]!;
  records.referrals.push(makeReferral({ offerId: offer.id, municipalityId: records.municipalities[1]!.id }));
  records.correctionReports.push(makeCorrectionReport({ targetKind: 'offers', targetId: offer.id }));
  records.reviews.push(makeReview({ assessments: [] }));
  return records;
}

/** Kinds in an order where every record comes after the records it refers to. */
export const writeOrder: EntityKind[] = [
  'concepts', 'municipalities', 'fieldsOfAction', 'goals', 'providers', 'locations', 'offers', 'measures',
  'indicators', 'measurements', 'needs', 'referrals', 'correctionReports', 'reviews',
];

export async function storeCounty(url: string, token: string, records: County): Promise<void> {
  const changes = writeOrder.flatMap((kind) => records[kind].map((record) => ({ op: 'put', kind, id: record.id, record })));
  const answer = await call(`${url}/api/writes`, { token, body: { changes } });
  if (answer.status !== 200) throw new Error(`storing the county failed: ${answer.status} ${JSON.stringify(answer.body)}`);
}

let measurementYears = 0;

/** A new, valid record of the kind, linked to the county's records (a measurement for a year of its own: one value per period and place). */
export function newRecordOf(kind: EntityKind, county: County): EntityOf<EntityKind> {
  const [verband, member] = county.municipalities;
  const field = county.fieldsOfAction[0]!;
  const goal = county.goals[0]!;
  const provider = county.providers[0]!;
  const indicator = county.indicators[0]!;
  const offer = county.offers[0]!;
  const makers: { [K in EntityKind]: () => EntityOf<K> } = {
    concepts: () => makeConcept(),
    municipalities: () => makeMunicipality({ kind: 'mitgliedsgemeinde', parentId: verband!.id, officialKey: '15083999' }),
    fieldsOfAction: () => makeFieldOfAction({ code: 'neues_feld' }),
    goals: () => makeGoal({ fieldId: field.id }),
    measures: () => makeMeasure({ goalIds: [goal.id] }),
    indicators: () => makeIndicator({ goalIds: [goal.id], measureIds: [] }),
    measurements: () => makeMeasurement({ indicatorId: indicator.id, municipalityId: null, period: String(2000 - (measurementYears += 1)) }),
    needs: () => makeNeed({ fieldId: field.id, municipalityId: member!.id }),
    providers: () => makeProvider({ fieldIds: [field.id] }),
    offers: () => makeOffer({ providerId: provider.id, locationIds: [], municipalityIds: [], fieldIds: [field.id] }),
    locations: () => makeLocation({ providerId: provider.id, municipalityId: member!.id }),
    referrals: () => makeReferral({ offerId: offer.id, municipalityId: null }),
    correctionReports: () => makeCorrectionReport({ targetKind: 'offers', targetId: offer.id }),
    reviews: () => makeReview({ assessments: [] }),
  };
  return makers[kind]();
}

/** One ordinary field changed per kind (never a field a caseworker may change on a measure or a correction report). */
export const edits = ordinaryEdits;

export function editedRecordOf(kind: EntityKind, record: EntityOf<EntityKind>): EntityOf<EntityKind> {
  return { ...record, ...edits[kind] };
}

export { entityKinds };
