// The example concept that a fresh installation starts with. Everything county-specific
// lives in the JSON files of ./boerde/ (see SOURCES.md there); this builder only turns data
// into records. Another county swaps the files, not the code. Pure: the clock comes in as
// `now`, ids come from stable keys, so two builds differ in timestamps only.
import { z } from 'zod';
import type { Snapshot } from '../core/snapshot';
import { emptyRecords, makeSnapshot } from '../core/snapshot';
import { ExampleDataError, makeContext } from './build-context';
import { buildDirectory } from './build-directory';
import { buildIndicators } from './build-indicators';
import { buildMunicipalities } from './build-places';
import { buildConcept, buildFields, buildGoals, buildMeasures, buildNeeds } from './build-plan';
import type { ExampleSources } from './example-input';
import { exampleSources } from './example-input';
import concept from './boerde/concept.json';
import county from './boerde/county.json';
import directory from './boerde/directory.json';
import fieldsOfAction from './boerde/fields-of-action.json';
import indicatorSeries from './boerde/indicators-example.json';
import indicators from './boerde/indicators.json';
import municipalityFigures from './boerde/municipality-figures.json';
import municipalities from './boerde/municipalities.json';
import needs from './boerde/needs.json';
import plan from './boerde/plan.json';
import providers from './boerde/providers.json';

/** The data files of the county whose example ships with the app. */
export const shippedSources: Record<keyof ExampleSources, unknown> = {
  county,
  municipalities,
  fieldsOfAction,
  indicators,
  providers,
  concept,
  municipalityFigures,
  plan,
  indicatorSeries,
  needs,
  directory,
};

/** Builds a snapshot from one county's data files; throws ExampleDataError on bad data. */
export function buildSnapshotFromSources(sources: Record<keyof ExampleSources, unknown>, now: string): Snapshot {
  const parsed = exampleSources.safeParse(sources);
  if (!parsed.success) throw new ExampleDataError(`The example data files do not fit their format:\n${z.prettifyError(parsed.error)}`);
  const data = parsed.data;
  const ctx = makeContext(data, now);
  const records = emptyRecords();
  records.concepts = [buildConcept(data, ctx)];
  records.municipalities = buildMunicipalities(data, ctx);
  records.fieldsOfAction = buildFields(data, ctx);
  records.goals = buildGoals(data, ctx);
  records.measures = buildMeasures(data, ctx);
  records.needs = buildNeeds(data, ctx);
  Object.assign(records, buildIndicators(data, ctx), buildDirectory(data, ctx));
  return makeSnapshot(records, now);
}

/** The shipped example as a snapshot, every record stamped with `now`. */
export function buildExampleSnapshot(now: string): Snapshot {
  return buildSnapshotFromSources(shippedSources, now);
}
