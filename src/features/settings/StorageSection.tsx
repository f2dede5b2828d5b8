// What keeps the data on this device safe: whether the browser promised to keep it, how much
// space it takes, when it was last saved off the device, and when to remind about that.
import { useEffect, useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { DEFAULT_REMINDER_DAYS, MAX_REMINDER_DAYS, MIN_REMINDER_DAYS, parseReminderDays } from '../../core/backup-reminder';
import { useMeta } from '../../db/hooks';
import type { Persistence, StorageEstimate } from '../../db/storage-status';
import {
  LAST_CHANGE_KEY,
  LAST_EXPORT_KEY,
  LAST_SYNC_KEY,
  persistence,
  REMINDER_DAYS_KEY,
  requestPersistence,
  saveReminderDays,
  storageEstimate,
} from '../../db/storage-status';
import { formatBytes, formatDateTime } from './storage-format';

export function StorageSection() {
  const { t, i18n } = useTranslation('settings');
  const lang = i18n.language;
  const lastExport = useMeta<string>(LAST_EXPORT_KEY);
  const lastSync = useMeta<string>(LAST_SYNC_KEY);
  const lastChange = useMeta<string>(LAST_CHANGE_KEY);
  const [persisted, setPersisted] = useState<Persistence | null>(null);
  const [estimate, setEstimate] = useState<StorageEstimate | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void persistence().then((value) => live && setPersisted(value));
    void storageEstimate().then((value) => live && setEstimate(value));
    return () => {
      live = false;
    };
  }, []);

  const when = (iso: string | undefined) => (iso ? formatDateTime(iso, lang) : t('storage.never'));

  return (
    <section className="card" aria-labelledby="settings-storage">
      <h2 id="settings-storage">{t('storage.heading')}</h2>
      <dl className="facts">
        <dt>{t('storage.persistence')}</dt>
        <dd>{persisted === null ? t('storage.checking') : t(`storage.persisted.${persisted}`)}</dd>
        <dt>{t('storage.usage')}</dt>
        <dd>
          {estimate === undefined
            ? t('storage.checking')
            : estimate === null
              ? t('storage.unknown')
              : t('storage.usageValue', { used: formatBytes(estimate.usage, lang), available: formatBytes(Math.max(0, estimate.quota - estimate.usage), lang) })}
        </dd>
        <dt>{t('storage.lastChange')}</dt>
        <dd>{when(lastChange)}</dd>
        <dt>{t('storage.lastExport')}</dt>
        <dd>{when(lastExport)}</dd>
        <dt>{t('storage.lastSync')}</dt>
        <dd>{when(lastSync)}</dd>
        <dt>{t('storage.version')}</dt>
        <dd>{t('storage.versionValue', { version: __APP_VERSION__, build: __APP_BUILD__ })}</dd>
      </dl>
      {persisted === 'not_granted' ? (
        <>
          <p>{t('storage.persistHint')}</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => void requestPersistence().then(setPersisted)}>
              {t('storage.persistAction')}
            </button>
          </div>
        </>
      ) : null}
      <ReminderDaysForm />
    </section>
  );
}

function ReminderDaysForm() {
  const { t } = useTranslation(['settings', 'common']);
  const stored = useMeta<number>(REMINDER_DAYS_KEY) ?? DEFAULT_REMINDER_DAYS;
  const [text, setText] = useState<string | null>(null);
  const [state, setState] = useState<'idle' | 'invalid' | 'saved'>('idle');
  const value = text ?? String(stored);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const days = parseReminderDays(value);
        if (days === undefined) {
          setState('invalid');
          return;
        }
        void saveReminderDays(days).then(() => {
          setText(null);
          setState('saved');
        });
      }}
    >
      <label className="field-label" htmlFor="settings-reminder-days">
        {t('storage.reminderLabel')}
      </label>
      <p className="field-hint" id="settings-reminder-hint">
        {t('storage.reminderHint', { min: MIN_REMINDER_DAYS, max: MAX_REMINDER_DAYS })}
      </p>
      <input
        id="settings-reminder-days"
        inputMode="numeric"
        aria-describedby={state === 'invalid' ? 'settings-reminder-hint settings-reminder-error' : 'settings-reminder-hint'}
        aria-invalid={state === 'invalid'}
        value={value}
        onChange={(event) => {
          setText(event.target.value);
          setState('idle');
        }}
      />
      {state === 'invalid' ? (
        <p className="field-error" id="settings-reminder-error" role="alert">
          {t('storage.reminderInvalid', { min: MIN_REMINDER_DAYS, max: MAX_REMINDER_DAYS })}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button primary">
          {t('common:actions.save')}
        </button>
      </div>
      <p role="status">{state === 'saved' ? t('storage.reminderSaved') : null}</p>
    </form>
  );
}
