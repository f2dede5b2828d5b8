// A sourced figure as a reader needs it: the number, its reference date, whether the example
// invented it, and where it comes from (folded away, since sources are long).
import { useTranslation } from '../../ui/i18n';
import type { Figure } from '../../core/schema';
import { formatDate, formatNumber } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';

export function FigureText({ figure }: { figure: Figure | null }) {
  const { t, i18n } = useTranslation(['municipalities', 'common']);
  if (!figure) return <span className="meta">{t('noFigure')}</span>;
  const lang = i18n.language;
  return (
    <span className="figure">
      <span>{t('figureValue', { value: formatNumber(figure.value, lang), date: formatDate(figure.date, lang) })}</span>
      {figure.invented ? <StatusBadge tone="warn">{t('common:provenance.invented')}</StatusBadge> : null}
      <SourceNote source={figure.source} />
    </span>
  );
}

export function SourceNote({ source }: { source: string }) {
  const { t } = useTranslation('municipalities');
  return (
    <details className="source-note">
      <summary>{t('source')}</summary>
      <span>{source}</span>
    </details>
  );
}
