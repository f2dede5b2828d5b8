// CSV downloads (indicators, measurements, directory) and the measurement import. The import
// is all-or-nothing: the preview lists every row with its verdict and problems, and the
// confirm button appears only when no row has an error. Words in the files are German
// whatever the screen language, because the files are made for German spreadsheet programs.
import { useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { directoryCsv } from '../../core/csv/directory-rows';
import { indicatorsCsv, measurementsCsv } from '../../core/csv/indicator-rows';
import type { ImportPreview } from '../../core/csv/measurement-import';
import { previewMeasurementImport } from '../../core/csv/measurement-import';
import { today } from '../../db/context';
import { useEntities } from '../../db/hooks';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { downloadText } from '../../ui/download';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { paths } from '../../ui/paths';
import { ImportPreviewTable } from './ImportPreviewTable';
import { commitImport } from './commit-import';
import { describeProblem } from '../../core/messages';
import { RecordNotFound } from '../../db/repository';
import { useFocusAfterRender } from '../../ui/use-focus-after-render';

const CSV_TYPE = 'text/csv;charset=utf-8';

export function CsvPage() {
  const { t, i18n } = useTranslation(['reports', 'common']);
  const indicators = useEntities('indicators');
  const measurements = useEntities('measurements');
  const municipalities = useEntities('municipalities');
  const goals = useEntities('goals');
  const offers = useEntities('offers');
  const providers = useEntities('providers');
  const locations = useEntities('locations');
  const fields = useEntities('fieldsOfAction');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState('');
  const focusAfterRender = useFocusAfterRender();
  if (!indicators || !measurements || !municipalities || !goals || !offers || !providers || !locations || !fields) return <Loading />;

  const de = i18n.getFixedT('de', 'common');
  const words = i18n.getFixedT('de', 'reports');
  const date = today();
  const languageNames = new Intl.DisplayNames(['de'], { type: 'language' });
  const exportIndicators = () =>
    downloadText(
      `indikatoren-${date}.csv`,
      indicatorsCsv(indicators, goals, {
        direction: { higher_better: de('direction.higher_better'), lower_better: de('direction.lower_better') },
        period: { monthly: de('period.monthly'), quarterly: de('period.quarterly'), yearly: de('period.yearly') },
      }),
      CSV_TYPE,
    );
  const exportMeasurements = () => downloadText(`messwerte-${date}.csv`, measurementsCsv(indicators, measurements, municipalities), CSV_TYPE);
  const exportDirectory = () =>
    downloadText(
      `angebote-${date}.csv`,
      directoryCsv(
        { offers, providers, locations, municipalities, fields },
        {
          targetGroup: de('targetGroup', { returnObjects: true }),
          weekday: (day) => words(`csv.weekday.${String(day) as '1'}`),
          language: (tag) => languageNames.of(tag) ?? tag,
          countyWide: de('states.countyWide'),
          yes: words('csv.yes'),
          no: words('csv.no'),
        },
      ),
      CSV_TYPE,
    );

  const load = async (file: File | undefined) => {
    setDone('');
    setRefused('');
    if (!file) return setPreview(null);
    setPreview(previewMeasurementImport(await file.text(), { indicators, municipalities, measurements, today: today() }));
  };
  const confirm = async () => {
    if (!preview) return;
    setBusy(true);
    setRefused('');
    try {
      const result = await commitImport(preview);
      if (result.ok) {
        setPreview(null);
        setDone(t('csv.imported', { count: result.written }));
        // The preview and its button are gone; the result takes the focus.
        focusAfterRender(() => document.getElementById('csv-import-done'));
      } else {
        const reasons = result.problems.map((p) => describeProblem(p, i18n.language)).join('; ');
        setRefused(t('csv.refused', { row: result.row, reasons }));
        focusAfterRender(() => document.getElementById('csv-import-refused'));
      }
    } catch (error) {
      if (!(error instanceof RecordNotFound)) throw error;
      setRefused(t('csv.refusedGone'));
      focusAfterRender(() => document.getElementById('csv-import-refused'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Breadcrumbs items={[{ label: t('evaluation'), to: paths.evaluation() }, { label: t('csv.title') }]} />
      <PageTitle>{t('csv.title')}</PageTitle>
      <p>{t('csv.intro')}</p>
      <section className="card" aria-labelledby="csv-export">
        <h2 id="csv-export">{t('csv.export')}</h2>
        <div className="actions">
          <button type="button" className="button" onClick={exportIndicators}>
            {t('csv.indicators')}
          </button>
          <button type="button" className="button" onClick={exportMeasurements}>
            {t('csv.measurements')}
          </button>
          <button type="button" className="button" onClick={exportDirectory}>
            {t('csv.directory')}
          </button>
        </div>
      </section>
      <section className="card" aria-labelledby="csv-import">
        <h2 id="csv-import">{t('csv.import')}</h2>
        <p>{t('csv.importIntro')}</p>
        <label className="field">
          <span className="field-label">{t('csv.file')}</span>
          <input type="file" accept=".csv,text/csv" onChange={(e) => void load(e.target.files?.[0])} />
        </label>
        <p id="csv-import-done" role="status" tabIndex={-1}>
          {done}
        </p>
        {refused ? (
          <p id="csv-import-refused" className="form-errors" role="alert" tabIndex={-1}>
            {refused}
          </p>
        ) : null}
        {preview ? <ImportPreviewTable preview={preview} busy={busy} onConfirm={() => void confirm()} onCancel={() => setPreview(null)} /> : null}
      </section>
    </>
  );
}
