// The shape of the example's data files. Two kinds of file feed the example:
// - reference files researched from public sources (county, municipalities, fields of
//   action, indicators, providers), read loosely: only the fields the builder uses;
// - files written for the example (concept, plan, indicator series, needs, directory),
//   read strictly so that a misspelt field in the data is an error, not silently ignored.
// Authored values count as invented unless the data says `"invented": false`.
import { z } from 'zod';
import {
  conceptStatus,
  courseInfo,
  offerTranslation,
  measureStatus,
  measurementPeriod,
  needSource,
  needStatus,
  priority,
  targetGroup,
} from '../core/schema';

const date = z.iso.date();
const nullableText = z.string().nullable().optional();

// --- reference files -------------------------------------------------------------------

export const countyFile = z.object({
  name: z.string(),
  kreisschluessel: z.string(),
});

export const municipalitiesFile = z.array(
  z.object({
    name: z.string(),
    kind: z.enum(['Einheitsgemeinde', 'Verbandsgemeinde', 'Mitgliedsgemeinde']),
    stadt: z.boolean(),
    verbandsgemeinde: z.string().nullable(),
    ags: z.string().nullable(),
    verbandsschluessel: z.string().optional(),
    seat: z.string().optional(),
    population: z.number().nullable(),
    populationDate: date.nullable(),
    source: z.string(),
    notes: z.string().optional(),
  }),
);

export const fieldsFile = z.array(z.object({ id: z.string(), nameDe: z.string(), description: z.string() }));

export const indicatorsFile = z.array(
  z.object({
    id: z.string(),
    nameDe: z.string(),
    definition: z.string(),
    unit: z.string(),
    source: z.string(),
    direction: z.enum(['higher_better', 'lower_better', 'context']),
    reference: z.string(),
  }),
);

export const providersFile = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    website: z.string().nullable(),
    services: z.array(z.string()),
    fieldsOfAction: z.array(z.string()),
    asOf: z.string(),
    source: z.string(),
    notes: nullableText,
  }),
);

// --- authored files --------------------------------------------------------------------

/** Marks what the example made up; a note says which parts are real. */
const origin = { invented: z.boolean().default(true), note: z.string().default('') };

/** A municipality by its official key (AGS / Verbandsschlüssel) or by its unique name. */
const place = z.string().min(1);

export const conceptFile = z.strictObject({
  key: z.string(),
  title: z.string(),
  vision: z.string(),
  principles: z.array(z.strictObject({ key: z.string(), title: z.string(), text: z.string() })),
  validFrom: date,
  validTo: date.nullable(),
  status: conceptStatus,
  adoptedOn: date.nullable(),
  ...origin,
});

const inventedFigure = z.strictObject({
  value: z.number(),
  date,
  source: z.string().optional(),
  invented: z.boolean().default(true),
});

export const municipalityFiguresFile = z.array(
  z.strictObject({
    municipality: place,
    migrationBackground: inventedFigure.optional(),
    foreignNationals: inventedFigure.optional(),
    topNationalities: z
      .strictObject({
        date,
        source: z.string().optional(),
        invented: z.boolean().default(true),
        entries: z.array(z.strictObject({ country: z.string(), count: z.number() })),
      })
      .optional(),
  }),
);

export const planFile = z.strictObject({
  fields: z.array(z.strictObject({ code: z.string(), name: z.string().optional(), description: z.string().optional(), ...origin })),
  goals: z.array(
    z.strictObject({
      key: z.string(),
      field: z.string(),
      title: z.string(),
      description: z.string().default(''),
      priority,
      targetDate: date.nullable(),
      ...origin,
    }),
  ),
  measures: z.array(
    z.strictObject({
      key: z.string(),
      goals: z.array(z.string()),
      title: z.string(),
      description: z.string().default(''),
      status: measureStatus,
      responsibleUnit: z.string(),
      partners: z.array(z.string()).default([]),
      targetGroups: z.array(targetGroup),
      municipalities: z.array(place).default([]),
      start: date.nullable(),
      end: date.nullable(),
      staffHoursPerYear: z.number(),
      budgetPerYear: z.number(),
      progressNotes: z.array(z.strictObject({ date, text: z.string(), author: z.string() })).default([]),
      ...origin,
    }),
  ),
});

const datedValue = z.strictObject({ value: z.number(), date });

export const indicatorSeriesFile = z.array(
  z.strictObject({
    key: z.string(),
    /** The id of an entry in the indicator reference file this indicator is based on. */
    basedOn: z.string().optional(),
    name: z.string().optional(),
    definition: z.string().optional(),
    unit: z.string().optional(),
    dataSource: z.string().optional(),
    direction: z.enum(['higher_better', 'lower_better']).optional(),
    baseline: datedValue,
    target: datedValue,
    warningThreshold: z.number().nullable(),
    period: measurementPeriod,
    goals: z.array(z.string()).default([]),
    measures: z.array(z.string()).default([]),
    byMunicipality: z.boolean().default(false),
    measurements: z.array(
      z.strictObject({
        period: z.string(),
        value: z.number(),
        municipality: place.optional(),
        source: z.string().optional(),
        note: z.string().default(''),
        invented: z.boolean().default(true),
      }),
    ),
    ...origin,
  }),
);

export const needsFile = z.array(
  z.strictObject({
    key: z.string(),
    field: z.string(),
    municipality: place.nullable(),
    targetGroups: z.array(targetGroup),
    description: z.string(),
    priority,
    source: needSource,
    identifiedOn: date,
    status: needStatus,
    ...origin,
  }),
);

const contactInput = z.strictObject({
  phone: z.string().default(''),
  email: z.string().default(''),
  website: z.string().optional(),
});
const addressInput = z.strictObject({ street: z.string(), postcode: z.string(), city: z.string() });
/** Opening hours as "Mo 09:00-12:00", one slot per entry. */
const hours = z.array(z.string()).default([]);
const accessibilityInput = z.strictObject({ wheelchair: z.boolean(), note: z.string().default('') });

export const directoryFile = z.strictObject({
  providers: z.array(
    z.strictObject({
      key: z.string(),
      /** The id of an entry in the provider reference file; name, kind and services come from there. */
      basedOn: z.string().optional(),
      name: z.string().optional(),
      kind: z.string().optional(),
      description: z.string().optional(),
      contact: contactInput.default({ phone: '', email: '' }),
      address: addressInput.nullable(),
      languages: z.array(z.string()),
      targetGroups: z.array(targetGroup),
      fields: z.array(z.string()).optional(),
      lastVerified: date,
      archived: z.boolean().default(false),
      ...origin,
    }),
  ),
  locations: z.array(
    z.strictObject({
      key: z.string(),
      provider: z.string(),
      name: z.string(),
      address: addressInput,
      municipality: place.nullable(),
      openingHours: hours,
      accessibility: accessibilityInput,
      directions: z.string().default(''),
      lastVerified: date,
      ...origin,
    }),
  ),
  offers: z.array(
    z.strictObject({
      key: z.string(),
      provider: z.string(),
      name: z.string(),
      description: z.string(),
      keywords: z.array(z.string()).default([]),
      locations: z.array(z.string()).default([]),
      municipalities: z.array(place).default([]),
      contact: contactInput.default({ phone: '', email: '' }),
      languages: z.array(z.string()),
      targetGroups: z.array(targetGroup),
      fields: z.array(z.string()),
      cost: z.strictObject({ free: z.boolean(), note: z.string().default('') }),
      eligibility: z.string().default(''),
      practicalNotes: z.string().default(''),
      openingHours: hours,
      accessibility: accessibilityInput,
      course: courseInfo.nullable().default(null),
      translations: z.record(z.string(), offerTranslation).default({}),
      lastVerified: date,
      ...origin,
    }),
  ),
});

export const exampleSources = z.object({
  county: countyFile,
  municipalities: municipalitiesFile,
  fieldsOfAction: fieldsFile,
  indicators: indicatorsFile,
  providers: providersFile,
  concept: conceptFile,
  municipalityFigures: municipalityFiguresFile,
  plan: planFile,
  indicatorSeries: indicatorSeriesFile,
  needs: needsFile,
  directory: directoryFile,
});

/** Every data file of one county's example, as read from JSON. */
export type ExampleSources = z.input<typeof exampleSources>;
export type ParsedSources = z.output<typeof exampleSources>;
