// The page shown instead of the app when the browser gives it no storage, or the storage is
// full. It says what happened, what to do, and offers to export what can still be read.
import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { entityKinds } from '../../core/schema';
import type { StorageFailure } from '../../db/storage-status';
import { exportSnapshot } from '../../db/snapshot';
import { downloadText } from '../../ui/download';

type Props = { failure: Extract<StorageFailure, { kind: 'unavailable' | 'quota' }> };

export function StorageProblemPage({ failure }: Props) {
  const { t } = useTranslation('storageProblem');
  const [result, setResult] = useState<{ count: number } | 'failed' | null>(null);

  const exportWhatIsThere = async () => {
    try {
      const snapshot = await exportSnapshot();
      downloadText(`integrationskonzept-${snapshot.exportedAt.slice(0, 10)}.json`, JSON.stringify(snapshot, null, 1));
      setResult({ count: entityKinds.reduce((sum, kind) => sum + snapshot.records[kind].length, 0) });
    } catch (error) {
      console.error('Export from the storage problem page failed', error);
      setResult('failed');
    }
  };

  const quota = failure.kind === 'quota';
  return (
    <main id="main" className="storage-problem">
      <h1 className="page-title" tabIndex={-1}>
        {quota ? t('quotaTitle') : t('unavailableTitle')}
      </h1>
      <p>{quota ? t('quotaText') : t('unavailableText')}</p>
      {quota ? (
        <p>{t('quotaSteps')}</p>
      ) : (
        <>
          <p>{t('unavailableSteps')}</p>
          <ul>
            <li>{t('stepPrivate')}</li>
            <li>{t('stepAllow')}</li>
            <li>{t('stepTabs')}</li>
          </ul>
        </>
      )}
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void exportWhatIsThere()}>
          {t('export')}
        </button>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('reload')}
        </button>
      </div>
      <p role="status">
        {result === 'failed' ? t('exportFailed') : result ? t('exported', { count: result.count }) : null}
      </p>
      <p className="meta">{t('detail', { detail: failure.detail })}</p>
    </main>
  );
}
