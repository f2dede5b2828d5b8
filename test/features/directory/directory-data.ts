// A small directory for the screen tests: two towns, two providers sharing a measure, and
// offers that differ in name, place and language.
import { emptyRecords } from '../../../src/core/snapshot';
import { replaceAll } from '../../../src/db/snapshot';
import { makeFieldOfAction, makeGoal, makeIndicator, makeLocation, makeMeasure, makeMunicipality, makeOffer, makeProvider } from '../../factories';

export async function storeDirectory() {
  const records = emptyRecords();
  const oschersleben = makeMunicipality({ name: 'Oschersleben (Bode)', officialKey: '15083440' });
  const haldensleben = makeMunicipality({ name: 'Haldensleben' });
  const language = makeFieldOfAction({ name: 'Sprache und Bildung' });
  const goal = makeGoal({ fieldId: language.id });
  const vhs = makeProvider({ name: 'Volkshochschule Börde', fieldIds: [language.id] });
  const caritas = makeProvider({ name: 'Caritas Haldensleben' });
  const office = makeLocation({ providerId: vhs.id, name: 'VHS Oschersleben', municipalityId: oschersleben.id, address: { street: 'Halberstädter Straße 5', postcode: '39387', city: 'Oschersleben (Bode)' } });
  const course = makeOffer({
    providerId: vhs.id, name: 'Deutschkurs A1 Oschersleben', languages: ['de', 'ar'], keywords: ['Sprache'], fieldIds: [language.id],
    locationIds: [office.id], municipalityIds: [oschersleben.id], course: { nextStartDates: ['2025-09-01'], freePlaces: 3, waitingList: false },
  });
  const advice = makeOffer({ providerId: caritas.id, name: 'Migrationsberatung', languages: ['de', 'uk'], municipalityIds: [haldensleben.id] });
  const cafe = makeOffer({ providerId: caritas.id, name: 'Sprachcafé Haldensleben', languages: ['de'], municipalityIds: [haldensleben.id] });
  const measure = makeMeasure({ title: 'Sprachkurse im ganzen Kreis', goalIds: [goal.id], partnerProviderIds: [vhs.id, caritas.id] });
  const indicator = makeIndicator({ name: 'Vermittlungen in Angebote', unit: 'Anzahl', period: 'monthly', baseline: { value: 0, date: '2024-01-01' }, target: { value: 50, date: '2027-12-31' }, warningThreshold: null });
  records.municipalities.push(oschersleben, haldensleben);
  records.fieldsOfAction.push(language);
  records.goals.push(goal);
  records.providers.push(vhs, caritas);
  records.locations.push(office);
  records.offers.push(course, advice, cafe);
  records.measures.push(measure);
  records.indicators.push(indicator);
  await replaceAll(records);
  return { oschersleben, haldensleben, vhs, caritas, course, advice, cafe, measure, indicator };
}
