// Manual sync by file: save this device's unsynced changes as a file, or read a change file
// from another device (merged by the server like any sync; kept until this device is online).
// A file this device has sent before is recognised and not sent again (SPEC F2).
import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { markExported } from '../../db/snapshot';
import { downloadText } from '../../ui/download';
import { browserClock } from '../../replica/build-attempt';
import { exportChanges, queueChangeFile, readChangeFile } from '../../replica/change-file';
import { syncWhenFree } from '../../replica/sync-engine';

export function ChangeFileSection({ connected, pending }: { connected: boolean; pending: number }) {
  const { t } = useTranslation('sync');
  const [said, setSaid] = useState<{ text: string; error: boolean } | null>(null);

  const save = async () => {
    const file = await exportChanges(browserClock);
    if (!file) {
      setSaid({ text: t('file.nothing'), error: false });
      return;
    }
    downloadText(file.name, file.text);
    await markExported(browserClock.now());
    setSaid({ text: t('file.exported', { count: file.count }), error: false });
  };

  const read = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    setSaid(null);
    let text: string;
    try {
      text = await chosen.text();
    } catch {
      setSaid({ text: t('file.unreadable'), error: true });
      return;
    }
    const file = readChangeFile(text);
    if (!file.ok) {
      setSaid({ text: t(file.reason === 'unreadable' ? 'file.unreadable' : 'file.notChanges'), error: true });
      return;
    }
    if ((await queueChangeFile(chosen.name, file.request, browserClock)) === 'already_sent') {
      setSaid({ text: t('file.alreadyRead'), error: false });
      return;
    }
    const run = connected && navigator.onLine ? await syncWhenFree() : null;
    setSaid({ text: run?.status === 'done' ? t('file.imported', { count: file.count }) : connected ? t('file.queued') : t('file.needsConnection'), error: false });
  };

  return (
    <section className="card" aria-labelledby="sync-file">
      <h2 id="sync-file">{t('file.heading')}</h2>
      <p>{t('file.text')}</p>
      <div className="actions">
        <button type="button" className="button" disabled={pending === 0} onClick={() => void save()}>
          {t('file.export')}
        </button>
      </div>
      <label className="field-label" htmlFor="sync-file-input">
        {t('file.import')}
      </label>
      <input id="sync-file-input" type="file" accept="application/json,.json" onChange={(event) => void read(event.target)} />
      <p role="status" className={said?.error ? 'form-errors' : undefined}>
        {said?.text}
      </p>
    </section>
  );
}
