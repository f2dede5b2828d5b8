import { useTranslation } from '../../ui/i18n';
import { Link } from 'react-router';
import type { Need, NeedStatus } from '../../core/schema';
import { formatDate } from '../../ui/format';
import { paths } from '../../ui/paths';
import type { Tone } from '../../ui/StatusBadge';
import { StatusBadge } from '../../ui/StatusBadge';
import { needTitle } from './need-query';

const tones: Record<NeedStatus, Tone> = { open: 'warn', addressed: 'info', closed: 'neutral' };

export function NeedStatusBadge({ status }: { status: NeedStatus }) {
  const { t } = useTranslation('common');
  return <StatusBadge tone={tones[status]}>{t(`needStatus.${status}`)}</StatusBadge>;
}

/** One need as a row of a list: what it is, where, how urgent, and its status. */
export function NeedListItem({ need, fieldName, place }: { need: Need; fieldName: string; place: string }) {
  const { t, i18n } = useTranslation(['municipalities', 'common']);
  return (
    <li>
      <Link className="row" to={paths.need(need.id)}>
        <span>
          {needTitle(need.description)}
          <br />
          <span className="meta">
            {t('needs.meta', {
              field: fieldName,
              place,
              priority: t(`common:priority.${need.priority}`),
              date: formatDate(need.identifiedOn, i18n.language),
            })}
          </span>
        </span>
        <NeedStatusBadge status={need.status} />
      </Link>
    </li>
  );
}
