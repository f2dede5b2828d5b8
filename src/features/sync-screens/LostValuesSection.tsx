// The notice to the person whose value lost a conflict: which entry and field, their value and
// the one that stays, and that the coordinator can restore theirs.
import { useTranslation } from '../../ui/i18n';
import { dismissLostValue } from '../../replica/sync-actions';
import type { LostValue } from '../../replica/sync-keys';
import { entryName, fieldName, valueText } from './words';

export function LostValuesSection({ lost }: { lost: LostValue[] }) {
  const { t, i18n } = useTranslation(['sync', 'common']);
  return (
    <section className="card sync-attention" aria-labelledby="sync-lost">
      <h2 id="sync-lost">{t('lost.heading')}</h2>
      <p>{t('lost.intro')}</p>
      <ul className="sync-list">
        {lost.map((note) => {
          const entry = entryName(t, note.kind, note.title);
          return (
            <li key={note.key}>
              <p>
                {t('lost.item', {
                  entry,
                  field: fieldName(t, i18n.language, note.path),
                  mine: valueText(t, i18n.language, note.kind, note.path, note.mine),
                  kept: valueText(t, i18n.language, note.kind, note.path, note.kept),
                })}
              </p>
              <button type="button" className="button" onClick={() => void dismissLostValue(note.key)}>
                {t('lost.dismiss')}
                <span className="visually-hidden">: {entry}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
