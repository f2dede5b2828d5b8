// The whole concept at a glance: each field of action with its status, its goals with theirs,
// and behind each a disclosure with the reasons in words. Status is text with a symbol.
import { useTranslation } from '../../ui/i18n';
import { Link } from 'react-router';
import type { FieldRollup } from '../../core/rollup';
import type { FieldOfAction, Goal, GoalStatus } from '../../core/schema';
import { paths } from '../../ui/paths';
import { RollupStatusBadge } from '../../ui/RollupStatusBadge';
import { FieldReasons, GoalReasons } from '../../ui/StatusReasons';
import './overview.css';

type Props = { rollups: FieldRollup[]; fields: FieldOfAction[]; goals: Goal[] };

export function StatusBoard({ rollups, fields, goals }: Props) {
  const { t, i18n } = useTranslation('overview');
  const lang = i18n.language;
  const fieldById = new Map(fields.map((f) => [f.id, f]));
  const goalById = new Map(goals.map((g) => [g.id, g]));
  const all = rollups.flatMap((f) => f.goals);
  const count = (status: GoalStatus) => all.filter((g) => g.status === status).length;

  return (
    <section className="card status-board" aria-labelledby="ov-fields">
      <h2 id="ov-fields">{t('board')}</h2>
      <p>{t('boardIntro')}</p>
      <p className="board-glance">
        {t('goalsAtGlance', { off_track: count('off_track'), at_risk: count('at_risk'), on_track: count('on_track'), no_data: count('no_data') })}
      </p>
      <ul className="board-fields">
        {rollups.map((rollup) => {
          const field = fieldById.get(rollup.fieldId)!;
          return (
            <li key={field.id} className={`board-field board-${rollup.status}`}>
              <h3 className="board-field-head">
                <Link to={paths.field(field.id)}>{field.name}</Link> <RollupStatusBadge status={rollup.status} lang={lang} />
              </h3>
              <details>
                <summary>
                  {t('why')} <span className="visually-hidden">{t('whyOf', { name: field.name })}</span>
                </summary>
                <FieldReasons reasons={rollup.reasons} lang={lang} />
              </details>
              {rollup.goals.length === 0 ? <p className="meta">{t('noGoals')}</p> : null}
              <ul className="board-goals" aria-label={t('goalsOf', { name: field.name })}>
                {rollup.goals.map((g) => {
                  const goal = goalById.get(g.goalId)!;
                  return (
                    <li key={g.goalId}>
                      <div className="board-goal-head">
                        <Link to={paths.goal(g.goalId)}>{goal.title}</Link>
                        <RollupStatusBadge status={g.status} lang={lang} />
                      </div>
                      <details>
                        <summary>
                          {t('why')} <span className="visually-hidden">{t('whyOf', { name: goal.title })}</span>
                        </summary>
                        <p className="meta">{t('measuresOfGoal', { total: g.measures.total, active: g.measures.byStatus.active })}</p>
                        <GoalReasons reasons={g.reasons} lang={lang} />
                      </details>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
