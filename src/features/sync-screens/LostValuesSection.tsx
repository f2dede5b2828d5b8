// The notice to the person whose value lost a conflict: the entry as they know it, the field,
// their value and the one that stays with who keeps it, why a refused entry was refused, and
// that the coordinator can restore theirs; once she has, the notice says so instead of still
// showing the old value (issue 18).
import { useTranslation } from '../../ui/i18n';
import { standsAgain } from '../../replica/lost-values';
import { dismissLostValue } from '../../replica/sync-actions';
import type { LostValue } from '../../replica/sync-keys';
import { useEntry } from './use-entry';
import { entryWords, fieldName, valueText, whyText } from './words';

export function LostValuesSection({ lost }: { lost: LostValue[] }) {
  const { t } = useTranslation(['sync', 'common']);
  return (
    <section className="card sync-attention" aria-labelledby="sync-lost">
      <h2 id="sync-lost">{t('lost.heading')}</h2>
      <p>{t('lost.intro')}</p>
      <ul className="sync-list">
        {lost.map((note) => (
          <LostValueItem key={note.key} note={note} />
        ))}
      </ul>
    </section>
  );
}

function LostValueItem({ note }: { note: LostValue }) {
  const { t, i18n } = useTranslation(['sync', 'common']);
  const lang = i18n.language;
  const refusedEntry = note.reason === 'rejected' && note.path.length === 0;
  const facts = useEntry(note.kind, note.id, refusedEntry ? note.mine : undefined);
  // A title noted before issue 18 may be "kind/id": never shown.
  const entry = entryWords(t, note.kind, facts, note.title === `${note.kind}/${note.id}` ? undefined : note.title);
  const mine = valueText(t, lang, note.kind, note.path, note.mine);
  const rival = refusedEntry ? facts?.rival : undefined;
  let text: string;
  // Live as well as noted after the sync: the screen never shows a restored value as lost.
  const restoredBy = note.restoredBy ?? (facts?.live && standsAgain(note, facts.record) ? facts.record?.updatedBy : undefined);
  if (restoredBy !== undefined) {
    const name = typeof restoredBy === 'string' && restoredBy !== '' ? restoredBy : t('lost.coordination');
    text = t(note.path.length === 0 ? 'lost.restoredEntry' : 'lost.restored', { entry, mine, name });
  } else if (refusedEntry) {
    const why = whyText(t, lang, note.problems, note.mine);
    text = rival
      ? t('lost.refusedEntry', { entry, mine, why, kept: valueText(t, lang, note.kind, [], rival), keptBy: rival.updatedBy })
      : t('lost.refusedEntryAlone', { entry, mine, why });
  } else {
    const words = { entry, field: fieldName(t, lang, note.path), mine, kept: valueText(t, lang, note.kind, note.path, note.kept) };
    text = note.keptBy ? t('lost.itemBy', { ...words, keptBy: note.keptBy }) : t('lost.item', words);
    if (note.reason === 'rejected') text = `${text} ${t('conflicts.reason', { why: whyText(t, lang, note.problems) })}`;
  }
  return (
    <li>
      <p>{text}</p>
      <button type="button" className="button" onClick={() => void dismissLostValue(note.key)}>
        {t('lost.dismiss')}
        <span className="visually-hidden">: {entry}</span>
      </button>
    </li>
  );
}
