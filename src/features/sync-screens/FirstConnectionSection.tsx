// The first connection's question, when there is one to answer: upload this device's concept
// to an empty county (its coordinator), or merge this device's own work with the county's data
// or save it to a file first and then take the county's.
import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { useEntities } from '../../db/hooks';
import { markExported } from '../../db/snapshot';
import { downloadText } from '../../ui/download';
import { browserClock } from '../../replica/build-attempt';
import { exportChanges } from '../../replica/change-file';
import { chooseFirstConnection } from '../../replica/sync-actions';
import { syncNow } from '../../replica/sync-engine';
import type { FirstConnection } from '../../replica/sync-keys';

export function FirstConnectionSection({ first }: { first: FirstConnection }) {
  const { t } = useTranslation('sync');
  const concepts = useEntities('concepts');
  const [working, setWorking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  if (first.state !== 'ask_upload' && first.state !== 'ask_merge') return done ? <p role="status">{done}</p> : null;
  const isExample = concepts?.some((concept) => concept.provenance?.example) ?? false;

  const choose = async (choice: 'upload' | 'merge' | 'take') => {
    setWorking(true);
    try {
      if (choice === 'take') {
        const file = await exportChanges(browserClock);
        if (file) {
          downloadText(file.name, file.text);
          await markExported(browserClock.now());
        }
      }
      await chooseFirstConnection(choice);
      const run = await syncNow();
      if (choice === 'take' && run.status === 'done') setDone(`${t('first.exported')} ${t('first.taken')}`);
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className="card sync-attention" aria-labelledby="sync-first">
      <h2 id="sync-first">{t('first.heading')}</h2>
      {first.state === 'ask_upload' ? (
        <>
          <p>{t('first.uploadText')}</p>
          {isExample ? <p>{t('first.uploadExample')}</p> : null}
          <div className="actions">
            <button type="button" className="button primary" disabled={working} onClick={() => void choose('upload')}>
              {t('first.upload')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t('first.mergeText', { count: first.pending })}</p>
          <p>{t('first.mergeChoice')}</p>
          <div className="actions">
            <button type="button" className="button primary" disabled={working} onClick={() => void choose('merge')}>
              {t('first.merge')}
            </button>
            <button type="button" className="button" disabled={working} onClick={() => void choose('take')}>
              {t('first.exportThenTake')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
