import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { liveTotal } from '../../core/snapshot';
import { useMeta } from '../../db/hooks';
import { exportSnapshot, LAST_EXPORT_KEY, markExported } from '../../db/snapshot';
import { downloadText } from '../../ui/download';
import { formatDate } from '../../ui/format';

export function ExportSection() {
  const { t, i18n } = useTranslation('settings');
  const lastExport = useMeta<string>(LAST_EXPORT_KEY);
  const [count, setCount] = useState<number | null>(null);

  const run = async () => {
    const snapshot = await exportSnapshot();
    downloadText(`integrationskonzept-${snapshot.exportedAt.slice(0, 10)}.json`, JSON.stringify(snapshot, null, 1));
    await markExported(snapshot.exportedAt);
    setCount(liveTotal(snapshot.records));
  };

  return (
    <section className="card" aria-labelledby="settings-export">
      <h2 id="settings-export">{t('export.heading')}</h2>
      <p>{t('export.text')}</p>
      <p className="meta">{lastExport ? t('export.last', { date: formatDate(lastExport, i18n.language) }) : t('export.never')}</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void run()}>
          {t('export.action')}
        </button>
      </div>
      <p role="status">{count !== null ? t('export.done', { count }) : null}</p>
    </section>
  );
}
