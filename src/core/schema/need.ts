import { z } from 'zod';
import { needSources, needStatuses } from '../vocabulary';
import { isoDate, priority, recordBase, targetGroup, text, uuid } from './common';

export const needSource = z.enum(needSources);
export const needStatus = z.enum(needStatuses);
export type NeedSource = z.infer<typeof needSource>;
export type NeedStatus = z.infer<typeof needStatus>;

export const needSchema = z.object({
  ...recordBase,
  fieldId: uuid,
  /** null: the need is county-wide. */
  municipalityId: uuid.nullable(),
  targetGroups: z.array(targetGroup).max(20),
  description: text(4000),
  priority,
  source: needSource,
  identifiedOn: isoDate,
  status: needStatus,
});
export type Need = z.infer<typeof needSchema>;
