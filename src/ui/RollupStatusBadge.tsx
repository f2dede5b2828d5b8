// The status of an indicator, goal or field as a badge: text and symbol, colour only on top.
import type { GoalStatus } from '../core/schema';
import type { Tone } from './StatusBadge';
import { StatusBadge } from './StatusBadge';
import { statusLabel } from './status-reasons';

export const rollupTone: Record<GoalStatus, Tone> = { on_track: 'good', at_risk: 'warn', off_track: 'bad', no_data: 'neutral' };

export function RollupStatusBadge({ status, lang }: { status: GoalStatus; lang: string }) {
  return <StatusBadge tone={rollupTone[status]}>{statusLabel(status, lang)}</StatusBadge>;
}
