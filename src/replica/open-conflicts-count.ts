// The open-conflict count as last noted (open-conflicts.ts), live, for screens a coordinator
// looks at first. A module of its own with no schemas or server code: the overview loads with
// the app's entry, under the first-load budget.
import { useMeta } from '../db/hooks';
import { useConnection } from './connection';
import { OPEN_CONFLICTS_KEY } from './sync-keys';

/** Open conflicts on a coordinator's connected device; 0 on any other. */
export function useOpenConflicts(): number {
  const connection = useConnection();
  const open = useMeta<number>(OPEN_CONFLICTS_KEY);
  return connection?.role === 'coordinator' && typeof open === 'number' ? open : 0;
}
