import { useTranslation } from '../../ui/i18n';
import type { IndicatorStatus } from '../../core/indicator-status';
import type { Tone } from '../../ui/StatusBadge';
import { StatusBadge } from '../../ui/StatusBadge';

const tones: Record<IndicatorStatus, Tone> = { on_track: 'good', at_risk: 'warn', off_track: 'bad', no_data: 'neutral' };

export function IndicatorStatusBadge({ status }: { status: IndicatorStatus }) {
  const { t } = useTranslation('indicators');
  return <StatusBadge tone={tones[status]}>{t(`status.${status}`)}</StatusBadge>;
}
