// Choose a file → preview (every entry with its result and reasons) → confirm → one transaction.
// The size is checked on the File before its text is read, so a huge file never reaches memory.
import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import type { HsdsPlan } from '../../core/hsds/plan';
import { countByStatus } from '../../core/hsds/plan';
import { sizeProblem } from '../../core/hsds/read';
import type { HsdsReason } from '../../core/hsds/reasons';
import { hsdsReasonText } from '../../core/hsds/reasons';
import { applyHsdsPlan, planHsdsText } from '../../db/hsds-import';
import { StatusBadge } from '../../ui/StatusBadge';
import { TableScroll } from '../../ui/TableScroll';
import type { Problem } from '../../core/validation';
import { describeProblem } from '../../core/messages';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'unreadable' }
  | { step: 'problems'; problems: HsdsReason[] }
  | { step: 'preview'; plan: HsdsPlan }
  | { step: 'done'; count: number }
  | { step: 'changed' }
  | { step: 'refused'; problems: Problem[] };

const tones = { new: 'good', updated: 'warn', unchanged: 'neutral', rejected: 'bad' } as const;

export function ImportSection() {
  const { t, i18n } = useTranslation('exchange');
  const lang = i18n.language;
  const [state, setState] = useState<State>({ step: 'idle' });

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const tooLarge = sizeProblem(file.size);
    if (tooLarge) {
      setState({ step: 'problems', problems: [tooLarge] });
      return;
    }
    setState({ step: 'reading' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ step: 'unreadable' });
      return;
    }
    const plan = await planHsdsText(text);
    setState(plan.problems.length > 0 ? { step: 'problems', problems: plan.problems } : { step: 'preview', plan });
  };

  const confirm = async (plan: HsdsPlan) => {
    const result = await applyHsdsPlan(plan);
    if (result.ok) setState({ step: 'done', count: result.written });
    else setState(result.reason === 'refused' ? { step: 'refused', problems: result.problems } : { step: 'changed' });
  };

  const counts = state.step === 'preview' ? countByStatus(state.plan) : null;
  return (
    <section className="card" aria-labelledby="exchange-import">
      <h2 id="exchange-import">{t('import.heading')}</h2>
      <p>{t('import.text')}</p>
      <label className="field-label" htmlFor="exchange-import-file">{t('import.file')}</label>
      <input id="exchange-import-file" type="file" accept="application/json,.json" onChange={(event) => void choose(event.target)} />
      <div role="status" aria-live="polite">
        {state.step === 'reading' ? <p>{t('import.reading')}</p> : null}
        {state.step === 'unreadable' ? <p className="form-errors">{t('import.unreadable')}</p> : null}
        {state.step === 'changed' ? <p className="form-errors">{t('import.changed')}</p> : null}
        {state.step === 'refused' ? (
          <div className="form-errors">
            <p>{t('import.refused')}</p>
            <ul>{state.problems.map((problem, i) => <li key={i}>{describeProblem(problem, lang)}</li>)}</ul>
          </div>
        ) : null}
        {state.step === 'done' ? <p>{t('import.done', { count: state.count })}</p> : null}
        {state.step === 'problems' ? (
          <div className="form-errors">
            <p>{t('import.problems')}</p>
            <ul>{state.problems.map((problem, i) => <li key={i}>{hsdsReasonText(problem, lang)}</li>)}</ul>
          </div>
        ) : null}
        {state.step === 'preview' && counts ? (
          <>
            <p>{t('import.summary', counts)}</p>
            {!state.plan.accepted ? <p className="form-errors">{t('import.blocked')}</p> : null}
            {state.plan.accepted && counts.new + counts.updated === 0 ? <p>{t('import.nothing')}</p> : null}
          </>
        ) : null}
      </div>
      {state.step === 'preview' ? (
        <>
          <TableScroll label={t('table.caption')}>
            <table className="table">
              <caption>{t('table.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('table.kind')}</th>
                  <th scope="col">{t('table.name')}</th>
                  <th scope="col">{t('table.status')}</th>
                  <th scope="col">{t('table.reasons')}</th>
                </tr>
              </thead>
              <tbody>
                {state.plan.entries.map((entry, i) => (
                  <tr key={`${entry.id}-${i}`}>
                    <td>{t(`kinds.${entry.kind}`)}</td>
                    <th scope="row">{entry.name || entry.id}</th>
                    <td><StatusBadge tone={tones[entry.status]}>{t(`status.${entry.status}`)}</StatusBadge></td>
                    <td>
                      {entry.reasons.length + entry.notes.length > 0 ? (
                        <ul>
                          {[...entry.reasons, ...entry.notes].map((reason, j) => <li key={j}>{hsdsReasonText(reason, lang)}</li>)}
                        </ul>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <div className="actions">
            {state.plan.accepted && counts && counts.new + counts.updated > 0 ? (
              <button type="button" className="button primary" onClick={() => void confirm(state.plan)}>{t('import.confirm')}</button>
            ) : null}
            <button type="button" className="button" onClick={() => setState({ step: 'idle' })}>{t('import.cancel')}</button>
          </div>
        </>
      ) : null}
    </section>
  );
}
