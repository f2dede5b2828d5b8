import type { GoalStatus } from '../../core/schema';
import type { Tone } from '../../ui/StatusBadge';

export const statusTone: Record<GoalStatus, Tone> = { on_track: 'good', at_risk: 'warn', off_track: 'bad', no_data: 'neutral' };
