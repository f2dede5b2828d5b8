// A caseworker tells the coordination office that an offer's entry is out of date.
import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { Link, useParams } from 'react-router';
import type { Offer } from '../../core/schema';
import { useEntitiesWhere, useEntity } from '../../db/hooks';
import { create } from '../../db/repository';
import { isLive, useConnection } from '../../replica/connection';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { recordProblems } from '../../ui/form/candidate';
import { TextArea } from '../../ui/form/fields';
import { FormErrors } from '../../ui/form/FormErrors';
import { useForm } from '../../ui/form/use-form';
import { EntryNotFound } from '../../ui/EntryNotFound';
import { useFocusAfterRender } from '../../ui/use-focus-after-render';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import './directory-admin.css';

export function ReportPage() {
  const { offerId } = useParams();
  const { t } = useTranslation('directoryAdmin');
  const offer = useEntity('offers', offerId);
  const reports = useEntitiesWhere('correctionReports', 'targetId', offerId);
  // The report this page just stored: it is no report that was "already" open.
  const [sentId, setSentId] = useState<string | null>(null);
  if (offer === undefined || !reports) return <Loading />;
  if (offer === null) return <EntryNotFound kind="offers" id={offerId} />;
  const open = reports.filter((r) => r.status === 'open' && r.id !== sentId).length;
  return (
    <>
      <Breadcrumbs items={[{ label: offer.name, to: paths.offer(offer.id) }, { label: t('report.title') }]} />
      <PageTitle>{t('report.title')}</PageTitle>
      <p>{t('report.intro', { name: offer.name })}</p>
      {open > 0 ? <p className="meta">{sentId ? t('report.alsoOpen', { count: open }) : t('report.alreadyOpen', { count: open })}</p> : null}
      <ReportForm offer={offer} sentId={sentId} onSent={setSentId} />
    </>
  );
}

function ReportForm({ offer, sentId, onSent }: { offer: Offer; sentId: string | null; onSent: (id: string) => void }) {
  const { t } = useTranslation(['directoryAdmin', 'common']);
  const connection = useConnection();
  const focusAfterRender = useFocusAfterRender();
  const draft = (note: string) => ({ targetKind: 'offers' as const, targetId: offer.id, note, status: 'open' as const, resolution: '', resolvedAt: null });
  const form = useForm({
    initial: { note: '' },
    validate: (v) => recordProblems('correctionReports', null, draft(v.note)),
    onSubmit: async (v) => {
      const result = await create('correctionReports', draft(v.note));
      if (!result.ok) return result.problems;
      onSent(result.value.id);
    },
  });
  if (sentId) {
    return (
      <div id="report-sent" role="status" className="card" tabIndex={-1}>
        <p>{!connection ? t('report.sent') : isLive(connection, new Date().toISOString()) ? t('report.sentSynced') : t('report.sentExpired')}</p>
        <Link to={paths.offer(offer.id)}>{t('report.back', { name: offer.name })}</Link>
      </div>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.submit(event).then((ok) => {
          // The form gives way to the confirmation, which takes the focus.
          if (ok) focusAfterRender(() => document.getElementById('report-sent'));
        })
      }
    >
      <TextArea form={form} name="note" label={t('report.note')} hint={t('report.noteHint')} rows={4} required />
      <FormErrors form={form} />
      <div className="actions">
        <button className="button primary" type="submit" disabled={form.submitting}>
          {t('report.send')}
        </button>
        <Link className="button" to={paths.offer(offer.id)}>
          {t('common:actions.cancel')}
        </Link>
      </div>
    </form>
  );
}
