// The preview of a measurement import: a summary, the faulty rows with what is wrong in each
// (a list above the table, so a phone reads them without scrolling sideways), and the table of
// rows with their verdict next to the row number.
import { useTranslation } from '../../ui/i18n';
import { importProblemText } from '../../core/csv/import-problems';
import type { ImportPreview } from '../../core/csv/measurement-import';
import { formatNumber } from '../../ui/format';
import { TableScroll } from '../../ui/TableScroll';
import './csv.css';

const SHOWN_ROWS = 3;

type Props = { preview: ImportPreview; busy: boolean; onConfirm: () => void; onCancel: () => void };

export function ImportPreviewTable({ preview, busy, onConfirm, onCancel }: Props) {
  const { t, i18n } = useTranslation(['reports', 'common']);
  const lang = i18n.language;
  if (preview.fileProblems.length > 0) {
    return (
      <div role="alert" className="form-errors">
        <p>{t('csv.fileProblems')}</p>
        <ul>
          {preview.fileProblems.map((p) => (
            <li key={importProblemText(p, lang)}>{importProblemText(p, lang)}</li>
          ))}
        </ul>
      </div>
    );
  }
  const count = (verdict: string) => preview.rows.filter((r) => r.verdict === verdict).length;
  const changes = count('new') + count('update');
  // Rows with the very same problems share one line: a file split the same way on every row
  // must not print the same sentence hundreds of times.
  const faulty = new Map<string, number[]>();
  for (const row of preview.rows) {
    if (row.problems.length === 0) continue;
    const text = row.problems.map((p) => importProblemText(p, lang)).join(' ');
    faulty.set(text, [...(faulty.get(text) ?? []), row.row]);
  }
  const rowsLabel = (rows: number[]) =>
    rows.length === 1
      ? t('csv.rowLabel', { row: rows[0] })
      : rows.length <= SHOWN_ROWS
        ? t('csv.rowsLabel', { rows: rows.join(', ') })
        : t('csv.rowsLabelMore', { rows: rows.slice(0, SHOWN_ROWS).join(', '), count: rows.length - SHOWN_ROWS });
  return (
    <>
      <h3>{t('csv.preview')}</h3>
      <p>
        {t('csv.rowsSummary', { count: preview.rows.length, new: count('new'), update: count('update'), unchanged: count('unchanged'), error: count('error') })}
      </p>
      {count('error') > 0 ? (
        <p role="alert" className="form-errors">
          {t('csv.blocked')}
        </p>
      ) : changes === 0 ? (
        <p>{t('csv.nothingToDo')}</p>
      ) : null}
      {faulty.size > 0 ? (
        <section aria-labelledby="csv-faulty" className="import-faulty">
          <h4 id="csv-faulty">{t('csv.faultyRows')}</h4>
          <ul>
            {[...faulty].map(([text, rows]) => (
              <li key={text}>
                <strong>{rowsLabel(rows)}</strong> {text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <TableScroll label={t('csv.preview')}>
        <table className="report-table">
          <caption className="visually-hidden">{t('csv.preview')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('csv.row')}</th>
              <th scope="col">{t('csv.result')}</th>
              <th scope="col">{t('csv.indicator')}</th>
              <th scope="col">{t('csv.periodCol')}</th>
              <th scope="col">{t('csv.place')}</th>
              <th scope="col">{t('csv.value')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.row}>
                <th scope="row">{row.row}</th>
                <td>
                  <strong>{t(`csv.verdict.${row.verdict}`)}</strong>
                </td>
                <td>{row.indicatorName}</td>
                <td>{row.values?.period ?? ''}</td>
                <td>{row.values ? row.municipalityName || t('common:states.countyWide') : row.municipalityName}</td>
                <td>{row.values ? formatNumber(row.values.value, i18n.language, 6) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div className="actions">
        {preview.canImport ? (
          <button type="button" className="button primary" disabled={busy} onClick={onConfirm}>
            {t('csv.confirm', { count: changes })}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onCancel}>
          {t('csv.cancel')}
        </button>
      </div>
    </>
  );
}
