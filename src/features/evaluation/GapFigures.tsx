// Population and migration figures per column of the matrix, with offers per 1,000 people with
// a migration history. Invented example figures carry a visible mark and a note.
import { useTranslation } from '../../ui/i18n';
import type { GapColumn, SummedFigure } from '../../core/gap-analysis';
import { formatNumber } from '../../ui/format';
import { TableScroll } from '../../ui/TableScroll';
import { columnName } from './GapMatrixTable';

export function GapFigures({ columns }: { columns: GapColumn[] }) {
  const { t, i18n } = useTranslation('evaluation');
  const lang = i18n.language;
  const figure = (f: SummedFigure | null) =>
    f ? (
      <>
        {formatNumber(f.value, lang, 0)}
        {f.invented ? (
          <>
            <span aria-hidden="true">*</span>
            <span className="visually-hidden"> ({t('gaps.invented')})</span>
          </>
        ) : null}
      </>
    ) : (
      '–'
    );
  const anyInvented = columns.some((c) => c.population?.invented || c.migrationBackground?.invented);
  return (
    <section aria-labelledby="gap-figures" className="card">
      <h2 id="gap-figures">{t('gaps.figures')}</h2>
      <TableScroll label={t('gaps.figuresCaption')}>
        <table>
          <caption className="visually-hidden">{t('gaps.figuresCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gaps.place')}</th>
              <th scope="col" className="number">
                {t('gaps.population')}
              </th>
              <th scope="col" className="number">
                {t('gaps.migration')}
              </th>
              <th scope="col" className="number">
                {t('gaps.offerCount')}
              </th>
              <th scope="col" className="number">
                {t('gaps.per1000')}
              </th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column) => (
              <tr key={column.id}>
                <th scope="row">
                  {columnName(column, t('gaps.county'))}
                  {column.members.length ? (
                    <span className="meta gap-kind">{t('gaps.membersOf', { names: column.members.map((m) => m.name).join(', ') })}</span>
                  ) : null}
                </th>
                <td className="number">{figure(column.population)}</td>
                <td className="number">{figure(column.migrationBackground)}</td>
                <td className="number">{column.offerCount}</td>
                <td className="number">{formatNumber(column.offersPer1000, lang, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {anyInvented ? <p className="meta">{t('gaps.inventedNote')}</p> : null}
    </section>
  );
}
