// "Änderung übernehmen" opens an entry's edit form with ?meldung=<report id>. The form shows
// the caseworker's note and asks what was changed; saving the entry also marks the report
// applied with that text, so the entry's history tells what became of the report, and
// records the entry as checked today, so it leaves the re-verification queue.
import { useTranslation } from '../../ui/i18n';
import { useSearchParams } from 'react-router';
import { appliedCorrection } from '../../core/directory-care';
import type { CorrectionReport, EntityOf } from '../../core/schema';
import type { Problem } from '../../core/validation';
import { authorName } from '../../db/author';
import { recordContext, today } from '../../db/context';
import { useEntity } from '../../db/hooks';
import type { Changes, KindWrite } from '../../db/repository';
import { saveTogether, update } from '../../db/repository';
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

export type Applying = { report: CorrectionReport; resolution: string } | null;

type EntryKind = 'providers' | 'offers' | 'locations';

/**
 * Stores the edit of an entry; refused, it returns the problems and nothing is written.
 * Opened from a report, the edit, the entry's check today and the report's outcome are one
 * write, so none of them lands without the others.
 */
export async function saveEntryEdit<K extends EntryKind>(
  kind: K,
  id: string,
  changes: Changes<K>,
  applying: Applying,
  base?: EntityOf<K>,
): Promise<Problem[] | undefined> {
  if (!applying) {
    const result = await update(kind, id, changes, { base });
    return result.ok ? undefined : result.problems;
  }
  const applied = appliedCorrection(applying.resolution, recordContext().now(), today());
  // K is one of three kinds here; the union type cannot follow a generic kind, the schema check does.
  const entry = { kind, id, changes: { ...changes, ...applied.entry }, base } as KindWrite;
  const result = await saveTogether([entry, { kind: 'correctionReports', id: applying.report.id, changes: applied.report }]);
  return result.ok ? undefined : result.problems;
}

/** The report above the form, and the "what was changed" text kept by the caller. */
export function ReportNotice({ report, resolution, onResolution }: { report: CorrectionReport; resolution: string; onResolution: (text: string) => void }) {
  const { t, i18n } = useTranslation('directoryAdmin');
  const date = formatDate(report.createdAt, i18n.language);
  const by = authorName(report.updatedBy);
  return (
    <section className="card report-notice" aria-labelledby="report-notice-title">
      <h2 id="report-notice-title">{t('apply.title')}</h2>
      <p>{by ? t('apply.reported', { date, by }) : t('apply.reportedHere', { date })}</p>
      <blockquote className="prose-text">{report.note}</blockquote>
      <p>{t('apply.checkedToday')}</p>
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
