// The measure edit form's values are what a person types (numbers as German text); the
// record changes are what the schema checks. Field names match the record's, so each
// problem lands beside its input.
import type { Measure, MeasureStatus, TargetGroup } from '../../core/schema';
import { numberToInput, parseDecimal } from '../../ui/format';

export type MeasureValues = {
  title: string;
  description: string;
  status: MeasureStatus;
  responsibleUnit: string;
  goalIds: string[];
  partnerProviderIds: string[];
  targetGroups: string[];
  municipalityIds: string[];
  start: string;
  end: string;
  staffHoursPerYear: string;
  budgetPerYear: string;
};

export function measureValues(measure: Measure, lang: string): MeasureValues {
  return {
    title: measure.title,
    description: measure.description,
    status: measure.status,
    responsibleUnit: measure.responsibleUnit,
    goalIds: measure.goalIds,
    partnerProviderIds: measure.partnerProviderIds,
    targetGroups: measure.targetGroups,
    municipalityIds: measure.municipalityIds,
    start: measure.start ?? '',
    end: measure.end ?? '',
    staffHoursPerYear: numberToInput(measure.staffHoursPerYear, lang),
    budgetPerYear: numberToInput(measure.budgetPerYear, lang),
  };
}

export function measureChanges(v: MeasureValues) {
  return {
    title: v.title,
    description: v.description,
    status: v.status,
    responsibleUnit: v.responsibleUnit,
    goalIds: v.goalIds,
    partnerProviderIds: v.partnerProviderIds,
    // Checked against the enum by the schema like everything else.
    targetGroups: v.targetGroups as TargetGroup[],
    municipalityIds: v.municipalityIds,
    start: v.start || null,
    end: v.end || null,
    staffHoursPerYear: parseDecimal(v.staffHoursPerYear),
    budgetPerYear: parseDecimal(v.budgetPerYear),
  };
}
