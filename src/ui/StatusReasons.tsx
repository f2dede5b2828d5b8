// The reasons behind a goal's or field's status as a list; indicator reasons link to the indicator.
import { Link } from 'react-router';
import type { FieldReason, GoalReason } from '../core/rollup';
import { paths } from './paths';
import { fieldReasonText, goalReasonText } from './status-reasons';

export function GoalReasons({ reasons, lang }: { reasons: GoalReason[]; lang: string }) {
  return (
    <ul className="status-reasons">
      {reasons.map((reason, i) => {
        const { text, details } = goalReasonText(reason, lang);
        return (
          <li key={i}>
            {'indicatorId' in reason ? <Link to={paths.indicator(reason.indicatorId)}>{text}</Link> : text}
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

export function FieldReasons({ reasons, lang }: { reasons: FieldReason[]; lang: string }) {
  return (
    <ul className="status-reasons">
      {reasons.map((reason, i) => (
        <li key={i}>{'goalId' in reason ? <Link to={paths.goal(reason.goalId)}>{fieldReasonText(reason, lang)}</Link> : fieldReasonText(reason, lang)}</li>
      ))}
    </ul>
  );
}
