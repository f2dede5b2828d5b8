import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from './paths';
import './focus.css';
import './statement-link.css';

/**
 * The link to the accessibility statement, which BITV 2.0 wants reachable from every page;
 * it sits in the page footer (src/app/Layout.tsx), so its styles load on every page, and with
 * them the focus colour fix for the page header.
 */
export function StatementLink() {
  const { t } = useTranslation('accessibility');
  return (
    <p className="statement-link">
      <Link to={paths.accessibility()}>{t('footerLink')}</Link>
    </p>
  );
}
