import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { exportHsdsText } from '../../db/hsds-import';
import { today } from '../../db/context';
import { downloadText } from '../../ui/download';

export function ExportSection() {
  const { t } = useTranslation('exchange');
  const [done, setDone] = useState(false);
  const download = async () => {
    downloadText(`verzeichnis-hsds-${today()}.json`, await exportHsdsText());
    setDone(true);
  };
  return (
    <section className="card" aria-labelledby="exchange-export">
      <h2 id="exchange-export">{t('export.heading')}</h2>
      <p>{t('export.text')}</p>
      <button type="button" className="button primary" onClick={() => void download()}>{t('export.button')}</button>
      <p role="status">{done ? t('export.done') : null}</p>
    </section>
  );
}
