// An evaluation cycle ("Evaluation 2026"): each goal's computed status, confirmed or
// overridden with a reason, the findings, and the adaptations recommended to the concept.
import { z } from 'zod';
import { goalStatuses, adaptationKinds, reviewStatuses } from '../vocabulary';
import { assessmentWithId } from '../item-ids';
import { isoDate, isoDateTime, optionalText, recordBase, text, uuid, whenFieldsValid } from './common';

export const goalStatus = z.enum(goalStatuses);
export type GoalStatus = z.infer<typeof goalStatus>;

const assessmentFields = z
  .object({
    id: uuid,
    goalId: uuid,
    computedStatus: goalStatus,
    confirmedStatus: goalStatus,
    overrideReason: optionalText(2000),
    findings: optionalText(4000),
  })
  .superRefine((a, ctx) => {
    if (a.confirmedStatus !== a.computedStatus && a.overrideReason.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['overrideReason'], params: { problem: 'required' }, message: 'required' });
    }
  }, whenFieldsValid('computedStatus', 'confirmedStatus', 'overrideReason'));

/**
 * A goal's assessment in the review. Its id is the goal's id, so that every device names the
 * same assessment alike and sync merges the list item by item (src/core/merge). Snapshots and
 * databases from before schema version 3 had no item ids: the goal's id is filled in on reading.
 */
export const goalAssessment = z.preprocess(assessmentWithId, assessmentFields);
export type GoalAssessment = z.infer<typeof goalAssessment>;

export const adaptationKind = z.enum(adaptationKinds);
export type AdaptationKind = z.infer<typeof adaptationKind>;

export const adaptation = z.object({
  id: uuid,
  kind: adaptationKind,
  goalId: uuid.nullable(),
  measureId: uuid.nullable(),
  title: text(300),
  description: optionalText(4000),
  /** Set when the adaptation was carried into the concept. */
  appliedAt: isoDateTime.nullable(),
});
export type Adaptation = z.infer<typeof adaptation>;

export const reviewStatus = z.enum(reviewStatuses);

export const reviewSchema = z.object({
  ...recordBase,
  title: text(200),
  /** The period under review, e.g. "2026". */
  period: text(40),
  status: reviewStatus,
  openedOn: isoDate,
  closedOn: isoDate.nullable(),
  assessments: z.array(goalAssessment).max(500),
  findings: optionalText(8000),
  adaptations: z.array(adaptation).max(200),
});
export type Review = z.infer<typeof reviewSchema>;
