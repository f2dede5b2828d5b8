// A small plan for screen tests: two fields of action (stored in the opposite of their order), a goal with a measure, and what the
// screens around them show (a partner, two municipalities, an indicator, a need).
import { emptyRecords } from '../../../src/core/snapshot';
import { replaceAll } from '../../../src/db/snapshot';
import {
  makeConcept,
  makeFieldOfAction,
  makeGoal,
  makeIndicator,
  makeMeasure,
  makeMeasurement,
  makeMunicipality,
  makeNeed,
  makeProvider,
} from '../../factories';

export async function storePlan() {
  const records = emptyRecords();
  const concept = makeConcept();
  const language = makeFieldOfAction({ code: 'sprache', name: 'Sprache und Bildung', order: 1, description: 'Deutsch lernen, Abschlüsse anerkennen.' });
  const work = makeFieldOfAction({ code: 'arbeit', name: 'Arbeit und Ausbildung', order: 0 });
  const goal = makeGoal({ fieldId: language.id, title: 'Mehr Erwachsene erreichen B1', priority: 'high', targetDate: '2026-12-31' });
  const otherGoal = makeGoal({ fieldId: work.id, title: 'Schneller in Ausbildung', priority: 'medium', targetDate: null });
  const provider = makeProvider({ name: 'Volkshochschule Börde' });
  const haldensleben = makeMunicipality({ name: 'Haldensleben', officialKey: '15083270' });
  const oschersleben = makeMunicipality({ name: 'Oschersleben (Bode)', officialKey: '15083440' });
  const measure = makeMeasure({
    goalIds: [goal.id],
    title: 'Sprachcafé in Haldensleben',
    responsibleUnit: 'Integrationsbüro des Landkreises',
    status: 'active',
    partnerProviderIds: [provider.id],
    municipalityIds: [haldensleben.id],
    start: '2024-03-01',
    end: '2025-12-31',
    budgetPerYear: 15_000,
    progressNotes: [{ id: '00000000-0000-4000-8000-00000000f001', date: '2024-04-10', text: 'Erstes Treffen mit 12 Gästen.', author: 'Frau Schulz' }],
  });
  const indicator = makeIndicator({ name: 'Anteil bestandener B1-Prüfungen', goalIds: [goal.id], measureIds: [measure.id] });
  const need = makeNeed({ fieldId: language.id, municipalityId: oschersleben.id, description: 'Kinderbetreuung während der Sprachkurse fehlt.' });

  records.concepts.push(concept);
  records.fieldsOfAction.push(language, work);
  records.goals.push(goal, otherGoal);
  records.measures.push(measure);
  records.providers.push(provider);
  records.municipalities.push(haldensleben, oschersleben);
  records.indicators.push(indicator);
  records.measurements.push(makeMeasurement({ indicatorId: indicator.id, period: '2024', value: 42 }));
  records.needs.push(need);
  await replaceAll(records);
  return { concept, language, work, goal, otherGoal, provider, haldensleben, oschersleben, measure, indicator, need };
}
