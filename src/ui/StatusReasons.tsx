// The reasons behind a goal's or field's status as a list; indicator reasons link to the indicator.
import { Link } from 'react-router';
import type { FieldReason, FieldRollup, GoalReason, GoalRollup } from '../core/rollup';
import { paths } from './paths';
import { RollupStatusBadge } from './RollupStatusBadge';
import { fieldReasonText, goalReasonText, statusHeading } from './status-reasons';

export function GoalReasons({ reasons, lang, links = true }: { reasons: GoalReason[]; lang: string; links?: boolean }) {
  return (
    <ul className="status-reasons">
      {reasons.map((reason, i) => {
        const { text, details } = goalReasonText(reason, lang);
        return (
          <li key={i}>
            {links && 'indicatorId' in reason ? <Link to={paths.indicator(reason.indicatorId)}>{text}</Link> : text}
            {details.length > 0 ? (
              <ul>
                {details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export function FieldReasons({ reasons, lang, links = true }: { reasons: FieldReason[]; lang: string; links?: boolean }) {
  return (
    <ul className="status-reasons">
      {reasons.map((reason, i) => (
        <li key={i}>{links && 'goalId' in reason ? <Link to={paths.goal(reason.goalId)}>{fieldReasonText(reason, lang)}</Link> : fieldReasonText(reason, lang)}</li>
      ))}
    </ul>
  );
}

/**
 * A card with a goal's or field's status and the reasons, for the goal and field pages. The
 * reasons do not link there: the same goals and indicators are listed, as links, on those pages.
 */
export function RollupSection({ rollup, lang }: { rollup: GoalRollup | FieldRollup; lang: string }) {
  return (
    <section className="card" aria-labelledby="rollup-status">
      <h2 id="rollup-status">{statusHeading(lang)}</h2>
      <p>
        <RollupStatusBadge status={rollup.status} lang={lang} />
      </p>
      {'goalId' in rollup ? <GoalReasons reasons={rollup.reasons} lang={lang} links={false} /> : <FieldReasons reasons={rollup.reasons} lang={lang} links={false} />}
    </section>
  );
}
