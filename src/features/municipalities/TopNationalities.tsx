import { useTranslation } from '../../ui/i18n';
import type { Municipality } from '../../core/schema';
import { formatDate, formatNumber } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';
import { SourceNote } from './FigureText';

/** The country's name in the reader's language, or its code where the runtime has no name. */
function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    // Older runtimes lack DisplayNames; the ISO code is still meaningful.
    return code;
  }
}

export function TopNationalities({ municipality }: { municipality: Municipality }) {
  const { t, i18n } = useTranslation(['municipalities', 'common']);
  const lang = i18n.language;
  const top = municipality.topNationalities;
  return (
    <section aria-labelledby="nationalities-title" className="card">
      <h2 id="nationalities-title">{t('nationalities')}</h2>
      {!top || top.entries.length === 0 ? (
        <p>{t('noNationalities')}</p>
      ) : (
        <>
          <p>
            {t('nationalitiesCaption', { date: formatDate(top.date, lang) })}{' '}
            {top.invented ? <StatusBadge tone="warn">{t('common:provenance.invented')}</StatusBadge> : null}
          </p>
          <SourceNote source={top.source} />
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t('nationalities')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('nationality')}</th>
                  <th scope="col" className="number">
                    {t('count')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...top.entries]
                  .sort((a, b) => b.count - a.count)
                  .map((entry) => (
                    <tr key={entry.country}>
                      <th scope="row">{countryName(entry.country, lang)}</th>
                      <td className="number">{formatNumber(entry.count, lang)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
