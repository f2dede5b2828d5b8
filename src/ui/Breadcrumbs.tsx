import { useTranslation } from './i18n';
import { Link } from 'react-router';

/** One step of the trail; the last step is the current page and has no link. */
export type Crumb = { label: string; to?: string };

/** Where a nested screen sits: e.g. Handlungsfelder › Sprache › Ziel. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('breadcrumbs')} className="breadcrumbs">
      <ol>
        {items.map((item, index) => (
          <li key={`${index}-${item.label}`}>
            {item.to ? <Link to={item.to}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
