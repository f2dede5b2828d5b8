// "Änderung übernehmen" opens an entry's edit form with ?meldung=<report id>. The form shows
// the caseworker's note and asks what was changed; saving the entry also marks the report
// applied with that text, so the entry's history tells what became of the report.
import { useTranslation } from '../../ui/i18n';
import { useSearchParams } from 'react-router';
import type { CorrectionReport } from '../../core/schema';
import { recordContext } from '../../db/context';
import { useEntity } from '../../db/hooks';
import { update } from '../../db/repository';
import { formatDate } from '../../ui/format';

export const REPORT_PARAM = 'meldung';

export const withReport = (path: string, reportId: string) => `${path}?${REPORT_PARAM}=${encodeURIComponent(reportId)}`;

/** The open report this edit works on, if the form was opened from the review queue. */
export function useReportToApply(targetId: string | undefined): CorrectionReport | null | undefined {
  const [params] = useSearchParams();
  const report = useEntity('correctionReports', params.get(REPORT_PARAM) ?? undefined);
  if (report === undefined) return undefined;
  return report && report.status === 'open' && report.targetId === targetId ? report : null;
}

export async function markApplied(report: CorrectionReport, resolution: string): Promise<void> {
  await update('correctionReports', report.id, { status: 'applied', resolution: resolution.trim(), resolvedAt: recordContext().now() });
}

/** The report above the form, and the "what was changed" text kept by the caller. */
export function ReportNotice({ report, resolution, onResolution }: { report: CorrectionReport; resolution: string; onResolution: (text: string) => void }) {
  const { t, i18n } = useTranslation('directoryAdmin');
  return (
    <section className="card report-notice" aria-labelledby="report-notice-title">
      <h2 id="report-notice-title">{t('apply.title')}</h2>
      <p>{t('apply.reported', { date: formatDate(report.createdAt, i18n.language), by: report.updatedBy })}</p>
      <blockquote className="prose-text">{report.note}</blockquote>
      <div className="field">
        <label className="field-label" htmlFor="report-resolution">
          {t('apply.resolution')}
        </label>
        <p className="field-hint" id="report-resolution-hint">
          {t('apply.resolutionHint')}
        </p>
        <textarea id="report-resolution" rows={2} aria-describedby="report-resolution-hint" value={resolution} onChange={(e) => onResolution(e.target.value)} />
      </div>
    </section>
  );
}
