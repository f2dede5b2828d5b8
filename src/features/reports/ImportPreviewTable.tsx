import { useTranslation } from '../../ui/i18n';
import { importProblemText } from '../../core/csv/import-problems';
import type { ImportPreview } from '../../core/csv/measurement-import';
import { formatNumber } from '../../ui/format';
import { TableScroll } from '../../ui/TableScroll';

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
  return (
    <>
      <h3>{t('csv.preview')}</h3>
      <p>
        {t('csv.rowsSummary', { rows: preview.rows.length, new: count('new'), update: count('update'), unchanged: count('unchanged'), error: count('error') })}
      </p>
      {count('error') > 0 ? (
        <p role="alert" className="form-errors">
          {t('csv.blocked')}
        </p>
      ) : changes === 0 ? (
        <p>{t('csv.nothingToDo')}</p>
      ) : null}
      <TableScroll label={t('csv.preview')}>
        <table className="report-table">
          <caption>{t('csv.preview')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('csv.row')}</th>
              <th scope="col">{t('csv.indicator')}</th>
              <th scope="col">{t('csv.periodCol')}</th>
              <th scope="col">{t('csv.place')}</th>
              <th scope="col">{t('csv.value')}</th>
              <th scope="col">{t('csv.result')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.row}>
                <th scope="row">{row.row}</th>
                <td>{row.indicatorName}</td>
                <td>{row.values?.period ?? ''}</td>
                <td>{row.values ? row.municipalityName || t('common:states.countyWide') : row.municipalityName}</td>
                <td>{row.values ? formatNumber(row.values.value, i18n.language, 6) : ''}</td>
                <td>
                  <strong>{t(`csv.verdict.${row.verdict}`)}</strong>
                  {row.problems.length > 0 ? (
                    <ul>
                      {row.problems.map((p, i) => (
                        <li key={i}>{importProblemText(p, lang)}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
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
