// Changes the server refused, each named with the reason, to undo or keep as a file. The other
// changes sync meanwhile: one refused change never holds the rest back. The section stays after
// the last one is dealt with, so the person still reads what became of it.
import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { downloadText } from '../../ui/download';
import { browserClock } from '../../replica/build-attempt';
import { keepRefusedAsFile, undoRefused } from '../../replica/sync-actions';
import type { RefusedChange } from '../../replica/sync-keys';
import { ServerError } from '../../replica/server-api';
import { entryName, fieldName, whyText } from './words';

export function RefusedSection({ refused }: { refused: RefusedChange[] }) {
  const { t, i18n } = useTranslation(['sync', 'common']);
  const [said, setSaid] = useState<string | null>(null);

  const reason = (change: RefusedChange) => {
    // The server's message is English: a note with coded problems is worded here instead.
    if (change.reason === 'invalid') return t('refused.invalid', { message: change.problems ? whyText(t, i18n.language, change.problems.map((p) => ({ ...p, message: '' }))) : change.message });
    return change.fields.length > 0 ? t('refused.forbiddenFields', { fields: change.fields.map((field) => fieldName(t, i18n.language, [field])).join(', ') }) : t('refused.forbidden');
  };

  // A title noted as "kind/id" (an entry without one) is never shown: the kind stands in.
  const titleOf = (change: RefusedChange) => (change.title === `${change.kind}/${change.id}` ? t(`kinds.${change.kind}`) : change.title);

  const act = async (change: RefusedChange, keep: boolean) => {
    setSaid(null);
    try {
      if (keep) {
        const kept = await keepRefusedAsFile(change.key, browserClock);
        if (!kept) return;
        downloadText(kept.file.name, kept.file.text);
        setSaid(kept.undo === 'done' ? t('refused.kept', { title: titleOf(change) }) : t('refused.needsConnection'));
      } else {
        const undone = await undoRefused(change.key, browserClock);
        setSaid(undone === 'done' ? t('refused.undone', { title: titleOf(change) }) : t('refused.needsConnection'));
      }
    } catch (error) {
      setSaid(error instanceof ServerError && error.code === 'offline' ? t('errors.offline') : t('errors.other', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  if (refused.length === 0 && said === null) return null;
  return (
    <section className="card sync-attention" aria-labelledby="sync-refused">
      <h2 id="sync-refused">{t('refused.heading')}</h2>
      {refused.length > 0 ? (
        <>
          <p>{t('refused.intro')}</p>
          <ul className="sync-list">
            {refused.map((change) => {
              const name = titleOf(change) === change.title ? entryName(t, change.kind, change.title) : titleOf(change);
              return (
                <li key={`${change.key} ${change.at}`}>
                  <p>
                    <strong>{name}</strong>: {reason(change)}
                  </p>
                  <div className="actions">
                    <button type="button" className="button" onClick={() => void act(change, false)}>
                      {t('refused.undo')}
                      <span className="visually-hidden">: {name}</span>
                    </button>
                    <button type="button" className="button" onClick={() => void act(change, true)}>
                      {t('refused.keepAsFile')}
                      <span className="visually-hidden">: {name}</span>
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <p role="status">{said}</p>
    </section>
  );
}
