import { useTranslation } from '../../ui/i18n';
import type { OpeningSlot } from '../../core/schema';

export function OpeningHours({ slots }: { slots: OpeningSlot[] }) {
  const { t } = useTranslation('directory');
  if (slots.length === 0) return <>{t('offer.unknown')}</>;
  const sorted = [...slots].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
  return (
    <ul className="inline-list">
      {sorted.map((slot) => (
        <li key={`${slot.weekday}-${slot.opens}`}>{t('offer.slot', { day: t(`weekdays.d${slot.weekday}` as 'weekdays.d1'), opens: slot.opens, closes: slot.closes })}</li>
      ))}
    </ul>
  );
}
