// The coordinator's review queue: open correction reports with the entry and the note.
// "Änderung übernehmen" opens the entry's edit form, which marks the report applied when
// saved; "Verwerfen" needs a reason (the schema refuses a dismissal without one).
import { useRef, useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { Link } from 'react-router';
import type { CorrectionReport } from '../../core/schema';
import { authorName } from '../../db/author';
import { recordContext } from '../../db/context';
import { useEntities, useStoredEntities } from '../../db/hooks';
import { update } from '../../db/repository';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { recordProblems } from '../../ui/form/candidate';
import { TextArea } from '../../ui/form/fields';
import { FormErrors } from '../../ui/form/FormErrors';
import { useForm } from '../../ui/form/use-form';
import { focusAfterRemoval } from '../../ui/focus-after-removal';
import { useFocusAfterRender } from '../../ui/use-focus-after-render';
import { formatDate } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import { StatusBadge } from '../../ui/StatusBadge';
import { withReport } from './correction-link';
import './directory-admin.css';

/** An entry a report is about; `deleted` when it was deleted since (its tombstone keeps the name). */
type Entry = { name: string; view: string | null; edit: string; deleted: { at: string; by: string } | null };

function useEntries(): Map<string, Entry> | undefined {
  const offers = useStoredEntities('offers');
  const providers = useStoredEntities('providers');
  const locations = useStoredEntities('locations');
  if (!offers || !providers || !locations) return undefined;
  const gone = (r: { deleted: boolean; updatedAt: string; updatedBy: string }) => (r.deleted ? { at: r.updatedAt, by: r.updatedBy } : null);
  return new Map<string, Entry>([
    ...offers.map((o) => [o.id, { name: o.name, view: paths.offer(o.id), edit: paths.offerEdit(o.id), deleted: gone(o) }] as const),
    ...providers.map((p) => [p.id, { name: p.name, view: paths.provider(p.id), edit: paths.providerEdit(p.id), deleted: gone(p) }] as const),
    ...locations.map((l) => [l.id, { name: l.name, view: null, edit: paths.locationEdit(l.id), deleted: gone(l) }] as const),
  ]);
}

/** Why a report's entry cannot be edited: deleted (when, by whom), or never on this device. */
function MissingEntry({ entry }: { entry: Entry | undefined }) {
  const { t, i18n } = useTranslation('directoryAdmin');
  if (entry && !entry.deleted) return null;
  if (!entry?.deleted) return <p className="meta">{t('corrections.unknownEntry')}</p>;
  const date = formatDate(entry.deleted.at, i18n.language);
  const by = authorName(entry.deleted.by);
  return <p className="meta">{by ? t('corrections.deletedBy', { date, by }) : t('corrections.deletedHere', { date })}</p>;
}

export function CorrectionsPage() {
  const { t, i18n } = useTranslation(['directoryAdmin', 'common']);
  const reports = useEntities('correctionReports');
  const entries = useEntries();
  if (!reports || !entries) return <Loading />;
  const open = reports.filter((r) => r.status === 'open').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const done = reports
    .filter((r) => r.status !== 'open')
    .sort((a, b) => (b.resolvedAt ?? b.updatedAt).localeCompare(a.resolvedAt ?? a.updatedAt))
    .slice(0, 20);

  return (
    <>
      <Breadcrumbs items={[{ label: t('title'), to: paths.directoryCare() }, { label: t('corrections.title') }]} />
      <PageTitle>{t('corrections.title')}</PageTitle>
      <section aria-labelledby="open-reports">
        <h2 id="open-reports" tabIndex={-1}>
          {t('corrections.open', { count: open.length })}
        </h2>
        {open.length === 0 ? <p>{t('corrections.none')}</p> : null}
        <ul className="list">
          {open.map((report) => (
            <OpenReport key={report.id} report={report} entry={entries.get(report.targetId)} />
          ))}
        </ul>
      </section>
      {done.length > 0 ? (
        <section aria-labelledby="done-reports">
          <h2 id="done-reports">{t('corrections.done')}</h2>
          <ul className="list">
            {done.map((report) => (
              <li key={report.id} className="care-item">
                <div>
                  <strong>{entries.get(report.targetId)?.name ?? t('corrections.missingEntry')}</strong>{' '}
                  <StatusBadge tone={report.status === 'applied' ? 'good' : 'neutral'}>{t(`common:correctionStatus.${report.status}`)}</StatusBadge>
                  <p className="prose-text">{report.note}</p>
                  <p className="meta">
                    {t('corrections.outcome', { date: formatDate(report.resolvedAt ?? report.updatedAt, i18n.language), text: report.resolution })}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function OpenReport({ report, entry }: { report: CorrectionReport; entry: Entry | undefined }) {
  const { t } = useTranslation('directoryAdmin');
  const [dismissing, setDismissing] = useState(false);
  const item = useRef<HTMLLIElement>(null);
  const dismissButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const name = entry?.name ?? t('corrections.missingEntry');
  const live = entry && !entry.deleted ? entry : null;
  // The buttons give way to the reason's form and back: the focus goes into the form, and on
  // cancelling back to "Verwerfen", not to the top of the page.
  const toggleDismissing = (open: boolean) => {
    setDismissing(open);
    focusAfterRender(() => (open ? item.current?.querySelector('textarea') : dismissButton.current));
  };
  return (
    <li ref={item} className="card" aria-label={t('corrections.reportFor', { name })}>
      <h3>{live?.view ? <Link to={live.view}>{name}</Link> : name}</h3>
      <p className="meta">
        {t(`kind.${report.targetKind}`)} · <ReportedBy report={report} />
      </p>
      <MissingEntry entry={entry} />
      <blockquote className="prose-text">{report.note}</blockquote>
      {dismissing ? (
        <DismissForm report={report} onCancel={() => toggleDismissing(false)} />
      ) : (
        <div className="actions">
          {live ? (
            <Link className="button primary" to={withReport(live.edit, report.id)}>
              {t('corrections.apply')}
            </Link>
          ) : null}
          <button ref={dismissButton} type="button" className="button" onClick={() => toggleDismissing(true)}>
            {t('corrections.dismiss')}
          </button>
        </div>
      )}
    </li>
  );
}

/** When and by whom the report was made; without a name set, "auf diesem Gerät". */
function ReportedBy({ report }: { report: CorrectionReport }) {
  const { t, i18n } = useTranslation('directoryAdmin');
  const date = formatDate(report.createdAt, i18n.language);
  const by = authorName(report.updatedBy);
  return by ? t('corrections.reported', { date, by }) : t('corrections.reportedHere', { date });
}

function DismissForm({ report, onCancel }: { report: CorrectionReport; onCancel: () => void }) {
  const { t } = useTranslation(['directoryAdmin', 'common']);
  const changes = (resolution: string) => ({ status: 'dismissed' as const, resolution, resolvedAt: recordContext().now() });
  const form = useForm({
    initial: { resolution: '' },
    validate: (v) => recordProblems('correctionReports', report, changes(v.resolution)),
    onSubmit: async (v) => {
      const result = await update('correctionReports', report.id, changes(v.resolution));
      if (!result.ok) return result.problems;
    },
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        const moveFocus = focusAfterRemoval(event.currentTarget, () => document.getElementById('open-reports'));
        void form.submit(event).then((done) => done && moveFocus());
      }}
    >
      <TextArea form={form} name="resolution" label={t('corrections.reason')} hint={t('corrections.reasonHint')} rows={2} required />
      <FormErrors form={form} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={form.submitting}>
          {t('corrections.confirmDismiss')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
