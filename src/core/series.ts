// An indicator's county-wide time series: the values status and warnings are judged on.
import type { Measurement } from './schema';
import { periodStart } from './periods';

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
  // ISO dates order as plain strings; the start of each period is worked out once, not per comparison.
  return [...byPeriod.entries()]
    .map(([period, m]) => ({ start: periodStart(period), m }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
    .map((entry) => entry.m);
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
