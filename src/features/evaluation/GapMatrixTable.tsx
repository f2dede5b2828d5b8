// The matrix as a real table: fields of action as rows (row headers stay in view while the
// columns scroll sideways on a tablet), places as columns. Each cell shows its counts and, as
// text with a symbol, whether it is a gap or an overlap; it opens into the records behind it.
import { useTranslation } from '../../ui/i18n';
import { Link } from 'react-router';
import type { GapCell, GapColumn, GapMatrix } from '../../core/gap-analysis';
import type { FieldOfAction } from '../../core/schema';
import { paths } from '../../ui/paths';

export function columnName(column: GapColumn, county: string): string {
  return column.municipality?.name ?? county;
}

export function GapMatrixTable({ matrix }: { matrix: GapMatrix }) {
  const { t } = useTranslation(['evaluation', 'common']);
  return (
    <>
      <p className="meta">{t('gaps.legend')}</p>
      <div className="gap-matrix-wrap" role="region" aria-labelledby="gap-caption" tabIndex={0}>
        <table className="gap-matrix">
          <caption id="gap-caption">
            {t('gaps.caption')} <span className="meta gap-scroll-hint">({t('gaps.scrollHint')})</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('gaps.field')}</th>
              {matrix.columns.map((column) => (
                <th scope="col" key={column.id}>
                  {columnName(column, t('gaps.county'))}
                  {column.municipality ? <span className="meta gap-kind">{t(`common:municipalityKind.${column.municipality.kind}`)}</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map(({ field, cells }) => (
              <tr key={field.id}>
                <th scope="row">{field.name}</th>
                {cells.map((cell, i) => (
                  <td key={cell.columnId} className={cell.gap ? 'gap-cell is-gap' : cell.overlaps.length ? 'gap-cell is-overlap' : 'gap-cell'}>
                    <CellContent cell={cell} field={field} place={columnName(matrix.columns[i]!, t('gaps.county'))} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function CellContent({ cell, field, place }: { cell: GapCell; field: FieldOfAction; place: string }) {
  const { t } = useTranslation(['evaluation', 'common']);
  const counts = { needs: cell.needs.length, offers: cell.offers.length, measures: cell.measures.length };
  if (counts.needs + counts.offers + counts.measures === 0) return <span className="meta">{t('gaps.empty')}</span>;
  return (
    <details>
      <summary>
        <span aria-hidden="true">{t('gaps.counts', counts)}</span>
        <span className="visually-hidden">{`${t('gaps.cellOf', { field: field.name, place })}: ${t('gaps.countsLong', counts)}`}</span>
        {cell.gap ? (
          <span className="gap-flag gap-flag-gap">
            <span aria-hidden="true">⚠ </span>
            {t('gaps.gap')}
          </span>
        ) : null}
        {cell.overlaps.length ? (
          <span className="gap-flag gap-flag-overlap">
            <span aria-hidden="true">≡ </span>
            {t('gaps.overlap')}
          </span>
        ) : null}
      </summary>
      {cell.needs.length ? (
        <>
          <h3>{t('gaps.needs')}</h3>
          <ul>
            {cell.needs.map((need) => (
              <li key={need.id}>
                <Link to={paths.need(need.id)}>{need.description}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {cell.offers.length ? (
        <>
          <h3>{t('gaps.offers')}</h3>
          <ul>
            {cell.offers.map((offer) => (
              <li key={offer.id}>
                <Link to={paths.offer(offer.id)}>{offer.name}</Link>
              </li>
            ))}
          </ul>
          {cell.overlaps.map((o) => (
            <p key={o.targetGroup} className="meta">
              {t('gaps.overlapGroup', { count: o.offerIds.length, group: t(`common:targetGroup.${o.targetGroup}`) })}
            </p>
          ))}
        </>
      ) : null}
      {cell.measures.length ? (
        <>
          <h3>{t('gaps.measures')}</h3>
          <ul>
            {cell.measures.map((measure) => (
              <li key={measure.id}>
                <Link to={paths.measure(measure.id)}>{measure.title}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}
