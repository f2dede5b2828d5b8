import { Link } from 'react-router';
import type { Measure } from '../../core/schema';
import { useTranslation } from '../../ui/i18n';
import { paths } from '../../ui/paths';

/** The measures an offer or a provider takes part in, each linking to it, with its status in words. */
export function MeasureLinks({ measures }: { measures: readonly Pick<Measure, 'id' | 'title' | 'status'>[] }) {
  const { t } = useTranslation();
  return (
    <ul className="list">
      {measures.map((m) => (
        <li key={m.id}>
          <Link className="row" to={paths.measure(m.id)}>
            {m.title} ({t(`measureStatus.${m.status}`)})
          </Link>
        </li>
      ))}
    </ul>
  );
}
