import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { resetToExample } from '../../db/example';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

export function ExampleSection() {
  const { t } = useTranslation('settings');
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <section className="card" aria-labelledby="settings-example">
      <h2 id="settings-example">{t('example.heading')}</h2>
      <p>{t('example.text')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t('example.reset')}
        </button>
      </div>
      <p role="status">{done ? t('example.done') : null}</p>
      {confirming ? (
        <ConfirmDialog
          title={t('example.confirmTitle')}
          text={t('example.confirmText')}
          confirmLabel={t('example.confirm')}
          onCancel={() => setConfirming(false)}
          onConfirm={async () => {
            await resetToExample();
            setConfirming(false);
            setDone(true);
          }}
        />
      ) : null}
    </section>
  );
}
