// Import is checked in full before anything is written: a rejected file lists its problems
// (where and what) and leaves the data as it was; a clean one shows what it holds and when it
// was exported first, and the question before replacing says that changes made on this device
// since then are lost (with the time of the last one, when it is later than the backup).
import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { describeProblem } from '../../core/messages';
import { entityKinds } from '../../core/schema';
import type { Snapshot, SnapshotProblem } from '../../core/snapshot';
import { countEntries, liveTotal, parseSnapshotText } from '../../core/snapshot';
import { useMeta } from '../../db/hooks';
import { replaceAll } from '../../db/snapshot';
import { LAST_CHANGE_KEY } from '../../db/storage-status';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatDateTime } from './storage-format';

const SHOWN_PROBLEMS = 20;

type State =
  | { step: 'idle' }
  | { step: 'rejected'; problems: SnapshotProblem[] }
  | { step: 'unreadable' }
  | { step: 'ready'; snapshot: Snapshot; confirming: boolean }
  | { step: 'done'; count: number };

const counts = (snapshot: Snapshot) => countEntries(snapshot.records);

export function ImportSection() {
  const { t, i18n } = useTranslation('settings');
  const lang = i18n.language;
  const [state, setState] = useState<State>({ step: 'idle' });
  const lastChange = useMeta<string>(LAST_CHANGE_KEY);

  const read = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ step: 'unreadable' });
      return;
    }
    const parsed = parseSnapshotText(text);
    setState(parsed.ok ? { step: 'ready', snapshot: parsed.snapshot, confirming: false } : { step: 'rejected', problems: parsed.problems });
  };

  const confirmText = (exportedAt: string) => {
    const lost = t('import.confirmText', { exportedAt: formatDateTime(exportedAt, lang) });
    // A change on this device after the export is what would be lost: say when it was.
    const changedLater = lastChange !== undefined && Date.parse(lastChange) > Date.parse(exportedAt);
    return changedLater ? `${lost} ${t('import.changedSince', { lastChange: formatDateTime(lastChange, lang) })}` : lost;
  };

  const where = (problem: SnapshotProblem) =>
    problem.kind === null ? '' : `${t('import.where', { kind: t(`kinds.${problem.kind}`), index: (problem.index ?? 0) + 1 })}: `;

  return (
    <section className="card" aria-labelledby="settings-import">
      <h2 id="settings-import">{t('import.heading')}</h2>
      <p>{t('import.text')}</p>
      <label className="field-label" htmlFor="settings-import-file">
        {t('import.file')}
      </label>
      <input id="settings-import-file" type="file" accept="application/json,.json" onChange={(event) => void read(event.target.files?.[0])} />
      <div role="status" aria-live="polite">
        {state.step === 'unreadable' ? <p className="form-errors">{t('import.unreadable')}</p> : null}
        {state.step === 'rejected' ? (
          <div className="form-errors">
            <p>{t('import.rejected', { count: state.problems.length })}</p>
            <ul>
              {state.problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
                <li key={i}>
                  {where(problem)}
                  {describeProblem(problem, lang)}
                </li>
              ))}
            </ul>
            {state.problems.length > SHOWN_PROBLEMS ? <p>{t('import.moreProblems', { count: state.problems.length - SHOWN_PROBLEMS })}</p> : null}
          </div>
        ) : null}
        {state.step === 'ready' ? (
          <div>
            <p>{t('import.preview', { exportedAt: formatDateTime(state.snapshot.exportedAt, lang) })}</p>
            <ul>
              {entityKinds.map((kind) => (
                <li key={kind}>
                  {t(`kinds.${kind}`)}: {counts(state.snapshot).live[kind]}
                </li>
              ))}
            </ul>
            {counts(state.snapshot).deleted > 0 ? <p className="meta">{t('import.deleted', { count: counts(state.snapshot).deleted })}</p> : null}
            <button type="button" className="button primary" onClick={() => setState({ ...state, confirming: true })}>
              {t('import.confirm')}
            </button>
          </div>
        ) : null}
        {state.step === 'done' ? <p>{t('import.done', { count: state.count })}</p> : null}
      </div>
      {state.step === 'ready' && state.confirming ? (
        <ConfirmDialog
          title={t('import.confirmTitle')}
          text={confirmText(state.snapshot.exportedAt)}
          confirmLabel={t('import.confirm')}
          onCancel={() => setState({ ...state, confirming: false })}
          onConfirm={async () => {
            await replaceAll(state.snapshot.records);
            setState({ step: 'done', count: liveTotal(state.snapshot.records) });
          }}
        />
      ) : null}
    </section>
  );
}
