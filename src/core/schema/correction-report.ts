// A caseworker's note that a directory entry is outdated, and how the coordinator resolved it.
import { z } from 'zod';
import { correctionTargets, correctionStatuses } from '../vocabulary';
import { isoDateTime, optionalText, recordBase, text, uuid, whenFieldsValid } from './common';

export const correctionTarget = z.enum(correctionTargets);
export const correctionStatus = z.enum(correctionStatuses);
export type CorrectionTarget = z.infer<typeof correctionTarget>;
export type CorrectionStatus = z.infer<typeof correctionStatus>;

export const correctionReportSchema = z
  .object({
    ...recordBase,
    targetKind: correctionTarget,
    targetId: uuid,
    note: text(1000),
    status: correctionStatus,
    /** Why it was dismissed, or what was changed. */
    resolution: optionalText(1000),
    resolvedAt: isoDateTime.nullable().default(null),
  })
  .superRefine((r, ctx) => {
    if (r.status === 'dismissed' && r.resolution.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['resolution'], params: { problem: 'required' }, message: 'required' });
    }
  }, whenFieldsValid('status', 'resolution'));
export type CorrectionReport = z.infer<typeof correctionReportSchema>;
