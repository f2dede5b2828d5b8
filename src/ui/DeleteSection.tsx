// Deleting an entry, for a role the rulebook lets delete it: a question first, naming what
// refers to the entry (it stays, and names the entry as deleted), then the repository's remove(),
// which leaves a tombstone that reaches exports, sync and the history. A refusal (the role, or a
// rule the rulebook adds later) is said in words; nothing is removed then. Once deleted, the
// page around it shows what became of the entry (EntryNotFound).
import { useState } from 'react';
import type { EntityKind } from '../core/schema';
import { describeProblem } from '../core/messages';
import { remove } from '../db/repository';
import { ConfirmDialog } from './ConfirmDialog';
import { useTranslation } from './i18n';
import { May } from './may';
import './entry-i18n';

type Props = {
  kind: EntityKind;
  id: string;
  name: string;
  /** What refers to the entry, one sentence each, worded by the feature. */
  references: string[];
};

export function DeleteSection(props: Props) {
  return (
    <May kind={props.kind} operation="delete">
      <DeleteCard {...props} />
    </May>
  );
}

function DeleteCard({ kind, id, name, references }: Props) {
  const { t, i18n } = useTranslation('entries');
  const [asking, setAsking] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const consequences = references.length > 0 ? references.join(' ') : t('deleteEntry.nothingRefers');
  const confirm = async () => {
    setAsking(false);
    const result = await remove(kind, id);
    if (!result.ok) setRefused(t('deleteEntry.refused', { reasons: result.problems.map((p) => describeProblem(p, i18n.language === 'en' ? 'en' : 'de')).join('; ') }));
  };
  return (
    <section className="card" aria-labelledby="delete-title">
      <h2 id="delete-title">{t('deleteEntry.title')}</h2>
      <p>{t('deleteEntry.text')}</p>
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {t('deleteEntry.action', { name })}
      </button>
      {refused ? (
        <p role="alert" className="form-errors">
          {refused}
        </p>
      ) : null}
      {asking ? (
        <ConfirmDialog
          title={t('deleteEntry.confirmTitle', { name })}
          text={`${t('deleteEntry.text')} ${consequences}`}
          confirmLabel={t('deleteEntry.confirm')}
          onConfirm={confirm}
          onCancel={() => setAsking(false)}
        />
      ) : null}
    </section>
  );
}
