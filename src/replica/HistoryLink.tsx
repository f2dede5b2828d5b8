// An entry's way to its history on the county server. Shown only on a device that is connected:
// without a server there is no history to show.
import { Link } from 'react-router';
import type { EntityKind } from '../core/schema';
import { useTranslation } from '../ui/i18n';
import { paths } from '../ui/paths';
import { useConnection } from './connection';

export function HistoryLink({ kind, id }: { kind: EntityKind; id: string }) {
  const { t } = useTranslation('common');
  if (!useConnection()) return null;
  return (
    <Link className="button" to={paths.history(kind, id)}>
      {t('actions.history')}
    </Link>
  );
}

/** The history link on a page that has no other actions beside it: nothing at all offline. */
export function HistoryAction({ kind, id }: { kind: EntityKind; id: string }) {
  if (!useConnection()) return null;
  return (
    <div className="actions">
      <HistoryLink kind={kind} id={id} />
    </div>
  );
}
