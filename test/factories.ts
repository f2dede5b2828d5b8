// Valid records of every kind, for tests. Each factory returns a record that passes its
// schema as it stands (defaults already filled in), so a test changes only the field its
// story is about: makeMeasure({ title: '' }). Ids come from a counter, so a failing test
// prints the same ids on every run.
import type { Draft } from '../src/core/records';
import type {
  Concept,
  EntityKind,
  EntityOf,
  FieldOfAction,
  Goal,
  Indicator,
  Location,
  Measure,
  Measurement,
  Municipality,
  Need,
  Offer,
  Provider,
  CorrectionReport,
  Referral,
  Review,
} from '../src/core/schema';
import type { SnapshotRecords } from '../src/core/snapshot';
import { emptyRecords } from '../src/core/snapshot';
import type { SyncConflict } from '../src/core/merge/protocol';
import { AppDb, setDatabase } from '../src/db/database';
import { setAuthor } from '../src/db/context';

let idCounter = 0;

/** The next id: a valid UUID v4 whose last group counts up (…-000000000001, …-000000000002). */
export function nextId(): string {
  idCounter += 1;
  return `00000000-0000-4000-8000-${idCounter.toString(16).padStart(12, '0')}`;
}

export const TEST_TIME = '2024-05-01T08:00:00.000Z';
export const TEST_AUTHOR = 'test';

const base = () => ({
  id: nextId(),
  createdAt: TEST_TIME,
  updatedAt: TEST_TIME,
  updatedBy: TEST_AUTHOR,
  revision: 1,
  deleted: false,
});

const contact = { email: 'info@beispiel.de', phone: '03904 640-0', website: 'https://www.beispiel.de' };
const address = { street: 'Bahnhofstraße 1', postcode: '39340', city: 'Haldensleben' };
const tuesdayMorning = [{ weekday: 2, opens: '09:00', closes: '12:00' }];
const stepFree = { wheelchair: true, note: '' };

export function makeConcept(overrides: Partial<Concept> = {}): Concept {
  return {
    ...base(),
    county: { name: 'Landkreis Börde', officialKey: '15083' },
    title: 'Integrationskonzept Landkreis Börde',
    vision: 'Alle Menschen im Landkreis gestalten ihn gemeinsam.',
    principles: [{ id: nextId(), title: 'Teilhabe für alle', text: 'Integration ist eine gemeinsame Aufgabe.' }],
    validFrom: '2024-01-01',
    validTo: '2028-12-31',
    status: 'adopted',
    adoptedOn: '2023-12-14',
    ...overrides,
  };
}

export function makeMunicipality(overrides: Partial<Municipality> = {}): Municipality {
  return {
    ...base(),
    name: 'Haldensleben',
    kind: 'einheitsgemeinde',
    parentId: null,
    officialKey: '15083270',
    isTown: true,
    population: { value: 19_000, date: '2023-12-31', source: 'Statistisches Landesamt', invented: false },
    migrationBackground: null,
    foreignNationals: null,
    topNationalities: null,
    notes: '',
    ...overrides,
  };
}

export function makeFieldOfAction(overrides: Partial<FieldOfAction> = {}): FieldOfAction {
  return {
    ...base(),
    code: 'sprache',
    name: 'Sprache und Bildung',
    description: '',
    order: 0,
    ...overrides,
  };
}

export function makeGoal(overrides: Partial<Goal> = {}): Goal {
  return {
    ...base(),
    fieldId: nextId(),
    title: 'Mehr Erwachsene erreichen B1',
    description: '',
    priority: 'high',
    targetDate: '2026-12-31',
    ...overrides,
  };
}

export function makeMeasure(overrides: Partial<Measure> = {}): Measure {
  return {
    ...base(),
    goalIds: [nextId()],
    title: 'Sprachcafé in Haldensleben',
    description: 'Wöchentliches Treffen zum Deutschüben.',
    status: 'active',
    responsibleUnit: 'Integrationsbüro',
    partnerProviderIds: [],
    targetGroups: ['refugees'],
    municipalityIds: [],
    start: '2024-03-01',
    end: null,
    staffHoursPerYear: 200,
    budgetPerYear: 15_000,
    progressNotes: [],
    ...overrides,
  };
}

export function makeIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    ...base(),
    name: 'Anteil bestandener B1-Prüfungen',
    definition: 'Bestandene B1-Prüfungen je 100 Prüfungen.',
    unit: '%',
    dataSource: 'BAMF Integrationskursstatistik',
    direction: 'higher_better',
    baseline: { value: 40, date: '2023-12-31' },
    target: { value: 60, date: '2027-12-31' },
    warningThreshold: 35,
    period: 'yearly',
    goalIds: [],
    measureIds: [],
    byMunicipality: false,
    ...overrides,
  };
}

export function makeMeasurement(overrides: Partial<Measurement> = {}): Measurement {
  return {
    ...base(),
    indicatorId: nextId(),
    period: '2024',
    value: 42,
    municipalityId: null,
    source: 'BAMF Integrationskursstatistik',
    note: '',
    ...overrides,
  };
}

export function makeNeed(overrides: Partial<Need> = {}): Need {
  return {
    ...base(),
    fieldId: nextId(),
    municipalityId: null,
    targetGroups: ['families'],
    description: 'Zu wenige Kinderbetreuungsplätze während der Sprachkurse.',
    priority: 'medium',
    source: 'survey',
    identifiedOn: '2024-02-15',
    status: 'open',
    ...overrides,
  };
}

export function makeProvider(overrides: Partial<Provider> = {}): Provider {
  return {
    ...base(),
    name: 'Migrationsberatung Börde e. V.',
    kind: 'Verein',
    description: '',
    contact,
    address,
    languages: ['de', 'ar'],
    targetGroups: ['all_migrants'],
    fieldIds: [],
    lastVerified: '2024-04-15',
    archived: false,
    ...overrides,
  };
}

export function makeOffer(overrides: Partial<Offer> = {}): Offer {
  return {
    ...base(),
    providerId: nextId(),
    name: 'Offene Sprechstunde',
    description: 'Beratung zu Aufenthalt, Arbeit und Wohnen.',
    keywords: ['Beratung'],
    locationIds: [],
    municipalityIds: [],
    contact,
    languages: ['de', 'uk'],
    targetGroups: ['ukrainians'],
    fieldIds: [],
    cost: { free: true, note: '' },
    eligibility: '',
    practicalNotes: '',
    openingHours: tuesdayMorning,
    accessibility: stepFree,
    course: null,
    translations: {},
    lastVerified: '2024-04-15',
    archived: false,
    ...overrides,
  };
}

export function makeLocation(overrides: Partial<Location> = {}): Location {
  return {
    ...base(),
    providerId: nextId(),
    name: 'Beratungsstelle Haldensleben',
    address,
    municipalityId: null,
    openingHours: tuesdayMorning,
    accessibility: stepFree,
    directions: '',
    lastVerified: '2024-04-15',
    archived: false,
    ...overrides,
  };
}

export function makeReferral(overrides: Partial<Referral> = {}): Referral {
  return { ...base(), offerId: nextId(), municipalityId: null, month: '2024-04', ...overrides };
}

export function makeCorrectionReport(overrides: Partial<CorrectionReport> = {}): CorrectionReport {
  return {
    ...base(),
    targetKind: 'offers',
    targetId: nextId(),
    note: 'Die Sprechstunde ist jetzt donnerstags.',
    status: 'open',
    resolution: '',
    resolvedAt: null,
    ...overrides,
  };
}

export function makeReview(overrides: Partial<Review> = {}): Review {
  return {
    ...base(),
    title: 'Evaluation 2024',
    period: '2024',
    status: 'open',
    openedOn: '2024-04-20',
    closedOn: null,
    assessments: [],
    findings: '',
    adaptations: [],
    ...overrides,
  };
}

/** The factory for each kind, for tests that loop over every kind. */
export const factories: { [K in EntityKind]: (overrides?: Partial<EntityOf<K>>) => EntityOf<K> } = {
  concepts: makeConcept,
  municipalities: makeMunicipality,
  fieldsOfAction: makeFieldOfAction,
  goals: makeGoal,
  measures: makeMeasure,
  indicators: makeIndicator,
  measurements: makeMeasurement,
  needs: makeNeed,
  providers: makeProvider,
  offers: makeOffer,
  locations: makeLocation,
  referrals: makeReferral,
  correctionReports: makeCorrectionReport,
  reviews: makeReview,
};

/**
 * A small, fully linked model: one record of every kind (two municipalities, so that a
 * member municipality has its Verbandsgemeinde), every reference pointing at a record
 * in the set. It passes parseSnapshot as it is.
 */
export function makeLinkedRecords(): SnapshotRecords {
  const records = emptyRecords();
  const field = makeFieldOfAction();
  const verband = makeMunicipality({ name: 'Verbandsgemeinde Flechtingen', kind: 'verbandsgemeinde', officialKey: '150835305', isTown: false });
  const member = makeMunicipality({ name: 'Calvörde', kind: 'mitgliedsgemeinde', parentId: verband.id, officialKey: '15083125', isTown: false });
  const goal = makeGoal({ fieldId: field.id });
  const provider = makeProvider({ fieldIds: [field.id] });
  const location = makeLocation({ providerId: provider.id, municipalityId: member.id });
  const measure = makeMeasure({ goalIds: [goal.id], partnerProviderIds: [provider.id], municipalityIds: [member.id] });
  const indicator = makeIndicator({ goalIds: [goal.id], measureIds: [measure.id] });
  records.concepts.push(makeConcept());
  records.municipalities.push(verband, member);
  records.fieldsOfAction.push(field);
  records.goals.push(goal);
  records.measures.push(measure);
  records.indicators.push(indicator);
  records.measurements.push(makeMeasurement({ indicatorId: indicator.id, municipalityId: member.id }));
  records.needs.push(makeNeed({ fieldId: field.id, municipalityId: member.id }));
  records.providers.push(provider);
  records.offers.push(makeOffer({ providerId: provider.id, locationIds: [location.id], municipalityIds: [member.id], fieldIds: [field.id] }));
  records.locations.push(location);
  return records;
}

/** What a screen hands to the repository: a record without the fields the repository sets. */
export function draftOf<K extends EntityKind>(_kind: K, record: EntityOf<K>): Draft<K> {
  const { id: _id, createdAt: _c, updatedAt: _u, updatedBy: _b, madeBy: _m, revision: _r, deleted: _d, ...draft } = record;
  return draft;
}

let databaseCounter = 0;

/** A new, empty database with a name no other test uses, installed as the app's database. */
export function freshDatabase(): AppDb {
  databaseCounter += 1;
  const database = new AppDb(`test-${databaseCounter}-${crypto.randomUUID()}`);
  setDatabase(database);
  // A fresh device has no name set; one a test logged in with must not sign the next test's changes.
  setAuthor('');
  return database;
}

/** The conflict the sync tests share: anna's 'paused' stayed, ben's 'done' lost, on one measure. */
export function makeStatusConflict(recordId: string, countyRevision: number, overrides: Partial<SyncConflict> = {}): SyncConflict {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    kind: 'measures',
    recordId,
    path: ['status'],
    reason: 'both_changed',
    kept: 'paused',
    lost: 'done',
    countyRevision,
    keptRevision: 2,
    baseRevision: 1,
    keptBy: 'anna',
    lostBy: 'ben',
    createdAt: '2026-03-02T10:00:00.000Z',
    status: 'open',
    resolvedBy: null,
    resolvedAt: null,
    ...overrides,
  };
}
