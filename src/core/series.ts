// An indicator's county-wide time series: the values status and warnings are judged on.
import type { Measurement } from './schema';
import { periodStart } from './schema';

/**
 * County-wide measurements, one per period, oldest first (municipality breakdowns are not
 * mixed in). Should one period hold two county-wide values (an import can bring that), the
 * one changed last counts.
 */
export function countySeries(measurements: Measurement[]): Measurement[] {
  const byPeriod = new Map<string, Measurement>();
  for (const m of measurements) {
    if (m.deleted || m.municipalityId !== null) continue;
    const held = byPeriod.get(m.period);
    if (!held || m.updatedAt > held.updatedAt) byPeriod.set(m.period, m);
  }
  return [...byPeriod.values()].sort((a, b) => periodStart(a.period).localeCompare(periodStart(b.period)));
}

/** Live measurements grouped by indicator id, in one pass. */
export function groupByIndicator(measurements: Measurement[]): Map<string, Measurement[]> {
  const groups = new Map<string, Measurement[]>();
  for (const m of measurements) {
    if (m.deleted) continue;
    const list = groups.get(m.indicatorId);
    if (list) list.push(m);
    else groups.set(m.indicatorId, [m]);
  }
  return groups;
}
