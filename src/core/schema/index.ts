// The registry of every stored entity kind. Storage, snapshot and sync iterate over it,
// so a new kind is added here once and flows through the whole app.
import type { z } from 'zod';
import { conceptSchema } from './concept';
import { correctionReportSchema } from './correction-report';
import { locationSchema, offerSchema, providerSchema } from './directory';
import { indicatorSchema, measurementSchema } from './indicator';
import { municipalitySchema } from './municipality';
import { needSchema } from './need';
import { fieldOfActionSchema, goalSchema, measureSchema } from './plan';
import { referralSchema } from './referral';
import { reviewSchema } from './review';
import { entityKinds as kindList } from '../vocabulary';

// `satisfies`: the plain list in vocabulary.ts, for code that must not load the schemas, names
// exactly these kinds.
export const entitySchemas = {
  concepts: conceptSchema,
  municipalities: municipalitySchema,
  fieldsOfAction: fieldOfActionSchema,
  goals: goalSchema,
  measures: measureSchema,
  indicators: indicatorSchema,
  measurements: measurementSchema,
  needs: needSchema,
  providers: providerSchema,
  offers: offerSchema,
  locations: locationSchema,
  referrals: referralSchema,
  correctionReports: correctionReportSchema,
  reviews: reviewSchema,
} as const satisfies Record<(typeof kindList)[number], z.ZodType>;

export type EntityKind = keyof typeof entitySchemas;
export const entityKinds: readonly EntityKind[] = kindList;
export type EntityOf<K extends EntityKind> = z.infer<(typeof entitySchemas)[K]>;
export type AnyEntity = EntityOf<EntityKind>;

export * from './common';
export * from './concept';
export * from './correction-report';
export * from './directory';
export * from './indicator';
export * from './municipality';
export * from './need';
export * from './plan';
export * from './referral';
export * from './review';
