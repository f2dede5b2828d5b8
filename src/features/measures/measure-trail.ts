import { useTranslation } from '../../ui/i18n';
import type { Measure } from '../../core/schema';
import { useEntities } from '../../db/hooks';
import type { Crumb } from '../../ui/Breadcrumbs';
import { paths } from '../../ui/paths';

/**
 * The breadcrumb trail above a measure: fields of action › field › goal. A measure can
 * implement several goals; the trail follows the first one, the page lists them all.
 * It reads the (small) goal and field tables whole: a query keyed by an id that arrives
 * later would briefly answer for the old id. undefined while loading.
 */
export function useMeasureTrail(measure: Measure | null | undefined): Crumb[] | undefined {
  const { t } = useTranslation('measures');
  const goals = useEntities('goals');
  const fields = useEntities('fieldsOfAction');
  if (measure === undefined || !goals || !fields) return undefined;
  const goal = goals.find((g) => g.id === measure?.goalIds[0]);
  const field = fields.find((f) => f.id === goal?.fieldId);
  const trail: Crumb[] = [{ label: t('fieldsOfAction'), to: paths.fields() }];
  if (field) trail.push({ label: field.name, to: paths.field(field.id) });
  if (goal) trail.push({ label: goal.title, to: paths.goal(goal.id) });
  return trail;
}
