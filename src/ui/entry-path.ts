// Kept apart from paths.ts, which the first load carries: only the history screen needs this.
import { paths } from './paths';

/** The page of a record of this kind, for the kinds that have one (a history links back to it). */
export function entryPath(kind: string, id: string): string | null {
  switch (kind) {
    case 'concepts':
      return paths.concept();
    case 'fieldsOfAction':
      return paths.field(id);
    case 'goals':
      return paths.goal(id);
    case 'measures':
      return paths.measure(id);
    case 'indicators':
      return paths.indicator(id);
    case 'municipalities':
      return paths.municipality(id);
    case 'needs':
      return paths.need(id);
    case 'offers':
      return paths.offer(id);
    case 'providers':
      return paths.provider(id);
    case 'reviews':
      return paths.review(id);
    default:
      return null;
  }
}
