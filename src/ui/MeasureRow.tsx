import { useTranslation } from './i18n';
import { Link } from 'react-router';
import type { Measure } from '../core/schema';
import { paths } from './paths';
import { StatusBadge } from './StatusBadge';
import { measureStatusTone } from './status-tones';

/** A measure in a list: title and responsible unit, linking to it, with its status as text. */
export function MeasureRow({ measure }: { measure: Pick<Measure, 'id' | 'title' | 'responsibleUnit' | 'status'> }) {
  const { t } = useTranslation();
  return (
    <li>
      <Link className="row" to={paths.measure(measure.id)}>
        <span>
          {measure.title}
          <br />
          <span className="meta">{measure.responsibleUnit}</span>
        </span>
        <StatusBadge tone={measureStatusTone[measure.status]}>{t(`measureStatus.${measure.status}`)}</StatusBadge>
      </Link>
    </li>
  );
}
