import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from './paths';
import './site-footer.css';

/** The foot of every page: the accessibility statement must be reachable from everywhere (BITV 2.0). */
export function SiteFooter() {
  const { t } = useTranslation('accessibility');
  return (
    <footer className="site-footer" aria-label={t('footerLabel')}>
      <Link to={paths.accessibility()}>{t('footerLink')}</Link>
    </footer>
  );
}
