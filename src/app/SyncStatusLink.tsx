// In the header, beside the login: how sync stands, in a few words, linking to the sync screen
// with the details and what to do. One line that changes, never a pile of messages. Loaded
// with its words by SyncStatusSlot, only on a device connected to a county server.
import { useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../ui/i18n';
import { formatRecent } from '../ui/format-time';
import { paths } from '../ui/paths';
import { isLive, useConnection } from '../replica/connection';
import { useSyncRunning } from '../replica/sync-running';
import type { SyncSummary } from '../replica/sync-status';
import { useSyncSummary } from '../replica/sync-status';
import type { TFunction } from '../ui/i18n';

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** The words for the summary and whether they ask the person to look. */
function describe(t: TFunction<'sync'>, summary: SyncSummary, state: { running: boolean; online: boolean; live: boolean; coordinator: boolean }, lang: string): { text: string; attention: boolean; to?: string } {
  const { pending, outcome } = summary;
  if (state.running) return { text: t('header.running'), attention: false };
  if (summary.first?.state === 'ask_upload' || summary.first?.state === 'ask_merge') return { text: t('header.choose'), attention: true };
  if (summary.refused.length > 0) return { text: t('header.refused', { count: summary.refused.length }), attention: true };
  if (!state.live && pending > 0) return { text: t('header.waitingLogin', { count: pending }), attention: true };
  if ((!state.online || (outcome && !outcome.ok && outcome.problem === 'offline')) && pending > 0) return { text: t('header.waiting', { count: pending }), attention: false };
  if (outcome && !outcome.ok && outcome.problem !== 'offline' && outcome.problem !== 'login_expired') return { text: t('header.problem'), attention: true };
  // A value the coordinator restored since is no longer "not taken".
  const lost = summary.lost.filter((note) => note.restoredBy === undefined).length;
  if (lost > 0) return { text: t('header.lost', { count: lost }), attention: true };
  // Conflicts wait for the coordinator alone; caseworkers are told she sees their values (issue 18).
  if (state.coordinator && summary.openConflicts > 0) return { text: t('header.conflicts', { count: summary.openConflicts }), attention: true, to: paths.conflicts() };
  if (pending > 0) return { text: t('header.pending', { count: pending }), attention: false };
  if (!summary.lastSyncAt) return { text: t('header.never'), attention: false };
  return { text: t('header.synced', { when: formatRecent(summary.lastSyncAt, new Date(), lang) }), attention: false };
}

export function SyncStatusLink() {
  const { t, i18n } = useTranslation('sync');
  const connection = useConnection();
  const summary = useSyncSummary();
  const running = useSyncRunning();
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
  if (!connection || !summary) return null;
  const live = isLive(connection, new Date().toISOString());
  const { text, attention, to } = describe(t, summary, { running, online, live, coordinator: connection.role === 'coordinator' }, i18n.language);
  return (
    <Link to={to ?? paths.sync()} className={`sync-link${attention ? ' needs-attention' : ''}`}>
      {attention ? <span aria-hidden="true">⚠ </span> : null}
      {text}
    </Link>
  );
}
