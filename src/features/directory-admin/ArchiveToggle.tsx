// Archiving keeps an entry (and its history) but takes it out of search and hand-outs.
import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { update } from '../../db/repository';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { StatusBadge } from '../../ui/StatusBadge';

type Props = { kind: 'providers' | 'offers' | 'locations'; id: string; name: string; archived: boolean };

export function ArchiveToggle({ kind, id, name, archived }: Props) {
  const { t } = useTranslation('directoryAdmin');
  const [asking, setAsking] = useState(false);
  const toggle = async () => {
    setAsking(false);
    await update(kind, id, { archived: !archived });
  };
  return (
    <section className="card" aria-labelledby="archive-title">
      <h2 id="archive-title">{t('archive.title')}</h2>
      {archived ? (
        <p>
          <StatusBadge tone="neutral">{t('archive.archived')}</StatusBadge> {t('archive.archivedText')}
        </p>
      ) : (
        <p>{t('archive.text')}</p>
      )}
      <button type="button" className="button" onClick={() => (archived ? void toggle() : setAsking(true))}>
        {archived ? t('archive.restore') : t('archive.archive')}
      </button>
      {asking ? (
        <ConfirmDialog title={t('archive.confirmTitle', { name })} text={t('archive.confirmText')} confirmLabel={t('archive.archive')} onConfirm={toggle} onCancel={() => setAsking(false)} />
      ) : null}
    </section>
  );
}
