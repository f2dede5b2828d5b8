// A measure as it starts: named, under its goals, everything else empty (county-wide, no
// partners, no budget yet) until someone fills it in on the measure's page.
import type { Draft } from './records';

type Given = Pick<Draft<'measures'>, 'goalIds' | 'title' | 'description' | 'status' | 'responsibleUnit' | 'progressNotes'> & { id?: string };

export function newMeasureDraft(given: Given): Draft<'measures'> {
  return {
    partnerProviderIds: [],
    targetGroups: [],
    municipalityIds: [],
    start: null,
    end: null,
    staffHoursPerYear: 0,
    budgetPerYear: 0,
    ...given,
  };
}
