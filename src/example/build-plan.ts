// The concept and its plan: the concept record, fields of action (named from the reference
// file unless the plan renames them), goals, measures and needs.
import type { Concept, FieldOfAction, Goal, Measure, Need } from '../core/schema';
import type { BuildContext } from './build-context';
import { ExampleDataError } from './build-context';
import type { ParsedSources } from './example-input';

export function buildConcept(data: ParsedSources, ctx: BuildContext): Concept {
  const c = data.concept;
  return {
    ...ctx.base('concept', c.key, c),
    county: { name: data.county.name, officialKey: data.county.kreisschluessel },
    title: c.title,
    vision: c.vision,
    principles: c.principles.map((p) => ({ id: ctx.id('principle', `${c.key}:${p.key}`), title: p.title, text: p.text })),
    validFrom: c.validFrom,
    validTo: c.validTo,
    status: c.status,
    adoptedOn: c.adoptedOn,
  };
}

export function buildFields(data: ParsedSources, ctx: BuildContext): FieldOfAction[] {
  const reference = new Map(data.fieldsOfAction.map((f) => [f.id, f]));
  return data.plan.fields.map((f, order) => {
    const known = reference.get(f.code);
    const name = f.name ?? known?.nameDe;
    if (!name) throw new ExampleDataError(`field "${f.code}" has no name and is not in the reference file`);
    return {
      ...ctx.base('field', f.code, f),
      code: f.code,
      name,
      description: f.description ?? known?.description ?? '',
      order,
    };
  });
}

export function buildGoals(data: ParsedSources, ctx: BuildContext): Goal[] {
  return data.plan.goals.map((g) => ({
    ...ctx.base('goal', g.key, g),
    fieldId: ctx.ref('field', g.field, `goal ${g.key}`),
    title: g.title,
    description: g.description,
    priority: g.priority,
    targetDate: g.targetDate,
  }));
}

export function buildMeasures(data: ParsedSources, ctx: BuildContext): Measure[] {
  return data.plan.measures.map((m) => {
    const at = `measure ${m.key}`;
    return {
      ...ctx.base('measure', m.key, m),
      goalIds: m.goals.map((g) => ctx.ref('goal', g, at)),
      title: m.title,
      description: m.description,
      status: m.status,
      responsibleUnit: m.responsibleUnit,
      partnerProviderIds: m.partners.map((p) => ctx.ref('provider', p, at)),
      targetGroups: m.targetGroups,
      municipalityIds: m.municipalities.map((p) => ctx.place(p, at)),
      start: m.start,
      end: m.end,
      staffHoursPerYear: m.staffHoursPerYear,
      budgetPerYear: m.budgetPerYear,
      progressNotes: m.progressNotes.map((n, i) => ({ id: ctx.id('note', `${m.key}:${i}`), ...n })),
    };
  });
}

export function buildNeeds(data: ParsedSources, ctx: BuildContext): Need[] {
  return data.needs.map((n) => {
    const at = `need ${n.key}`;
    return {
      ...ctx.base('need', n.key, n),
      fieldId: ctx.ref('field', n.field, at),
      municipalityId: n.municipality === null ? null : ctx.place(n.municipality, at),
      targetGroups: n.targetGroups,
      description: n.description,
      priority: n.priority,
      source: n.source,
      identifiedOn: n.identifiedOn,
      status: n.status,
    };
  });
}
