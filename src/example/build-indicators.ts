// Indicators and their series. An indicator may be based on an entry of the indicator
// reference file (name, definition, unit, data source and direction come from there); the
// authored file adds baseline, target, threshold, links and measurements. A reference
// entry whose direction is "context" has none the app can judge by, so the authored entry
// must choose one (and its note should say why).
import type { Indicator, Measurement } from '../core/schema';
import { periodMatches } from '../core/periods';
import type { BuildContext } from './build-context';
import { ExampleDataError, INVENTED_SOURCE } from './build-context';
import type { ParsedSources } from './example-input';

type Built = { indicators: Indicator[]; measurements: Measurement[] };

export function buildIndicators(data: ParsedSources, ctx: BuildContext): Built {
  const reference = new Map(data.indicators.map((i) => [i.id, i]));
  const indicators: Indicator[] = [];
  const measurements: Measurement[] = [];

  for (const input of data.indicatorSeries) {
    const at = `indicator ${input.key}`;
    const ref = input.basedOn === undefined ? undefined : reference.get(input.basedOn);
    if (input.basedOn !== undefined && !ref) throw new ExampleDataError(`${at}: unknown reference indicator "${input.basedOn}"`);
    const pick = (own: string | undefined, fromRef: string | undefined, field: string): string => {
      const value = own ?? fromRef;
      if (value === undefined) throw new ExampleDataError(`${at}: ${field} missing`);
      return value;
    };
    const direction = input.direction ?? ref?.direction;
    if (direction !== 'higher_better' && direction !== 'lower_better') {
      throw new ExampleDataError(`${at}: needs a direction (higher_better or lower_better)`);
    }
    const indicatorId = ctx.id('indicator', input.key);
    const fallbackSource = pick(input.dataSource, ref?.source, 'dataSource');

    indicators.push({
      ...ctx.base('indicator', input.key, input),
      name: pick(input.name, ref?.nameDe, 'name'),
      definition: pick(input.definition, ref?.definition, 'definition'),
      unit: pick(input.unit, ref?.unit, 'unit'),
      dataSource: fallbackSource,
      direction,
      baseline: input.baseline,
      target: input.target,
      warningThreshold: input.warningThreshold,
      period: input.period,
      goalIds: input.goals.map((g) => ctx.ref('goal', g, at)),
      measureIds: input.measures.map((m) => ctx.ref('measure', m, at)),
      byMunicipality: input.byMunicipality,
    });

    for (const m of input.measurements) {
      if (!periodMatches(input.period, m.period)) {
        throw new ExampleDataError(`${at}: period "${m.period}" does not fit a ${input.period} indicator`);
      }
      const municipalityId = m.municipality === undefined ? null : ctx.place(m.municipality, at);
      const origin = { invented: m.invented, note: m.invented ? 'Wert erfunden.' : 'Wert aus der genannten Quelle.' };
      measurements.push({
        ...ctx.base('measurement', `${input.key}:${m.period}:${municipalityId ?? 'county'}`, origin),
        indicatorId,
        period: m.period,
        value: m.value,
        municipalityId,
        source: m.source ?? (m.invented ? INVENTED_SOURCE : fallbackSource),
        note: m.note,
      });
    }
  }
  return { indicators, measurements };
}
