// Reminds a person to save their work off the device when local changes have been neither
// exported nor synced for longer than the interval chosen in the settings.
import { useTranslation } from '../../ui/i18n';
import { Link } from 'react-router';
import { DEFAULT_REMINDER_DAYS, isBackupReminderDue } from '../../core/backup-reminder';
import { useMeta } from '../../db/hooks';
import { LAST_CHANGE_KEY, LAST_EXPORT_KEY, LAST_SYNC_KEY, REMINDER_DAYS_KEY } from '../../db/storage-status';
import { paths } from '../../ui/paths';

export function BackupReminder() {
  const { t } = useTranslation('pwa');
  const lastChangeAt = useMeta<string>(LAST_CHANGE_KEY);
  const lastExportAt = useMeta<string>(LAST_EXPORT_KEY);
  const lastSyncAt = useMeta<string>(LAST_SYNC_KEY);
  const days = useMeta<number>(REMINDER_DAYS_KEY) ?? DEFAULT_REMINDER_DAYS;
  const now = new Date().toISOString();
  if (!isBackupReminderDue({ lastChangeAt, lastExportAt, lastSyncAt }, now, days)) return null;
  return (
    <p className="pwa-banner pwa-reminder" role="note">
      <span aria-hidden="true">⚠ </span>
      {t('reminder.text', { count: days })} <Link to={`${paths.settings()}#settings-storage`}>{t('reminder.link')}</Link>
    </p>
  );
}
