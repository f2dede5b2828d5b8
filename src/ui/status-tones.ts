// How each status reads at a glance. The badge always shows the status as text too; the tone
// only adds a symbol and a colour.
import type { ConceptStatus, MeasureStatus, NeedStatus } from '../core/schema';
import type { Tone } from './StatusBadge';

export const measureStatusTone: Record<MeasureStatus, Tone> = { planned: 'info', active: 'good', done: 'neutral', paused: 'warn', dropped: 'bad' };

export const conceptStatusTone: Record<ConceptStatus, Tone> = { draft: 'info', in_committee: 'warn', adopted: 'good', archived: 'neutral' };

export const needStatusTone: Record<NeedStatus, Tone> = { open: 'warn', addressed: 'info', closed: 'neutral' };
