// The measurement table with its add and edit form, and deletion after a confirmation (a
// tombstone: the value stops counting for status, chart, report and export). The municipality
// filter lives in the URL (?gemeinde=<id> or ?gemeinde=kreisweit), so a filtered table can be
// bookmarked and shared. The value stands next to the period, so a phone shows both.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../ui/i18n';
import { useSearchParams } from 'react-router';
import { byPeriodNewestFirst } from '../../core/measurement-rules';
import type { Indicator, Measurement, Municipality } from '../../core/schema';
import { remove } from '../../db/repository';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatNumber } from '../../ui/format';
import { municipalityName, municipalityOptions } from '../../ui/municipality-options';
import { MeasurementForm } from './MeasurementForm';
import './indicators.css';
import { May } from '../../ui/may';
import { useFocusAfterRender } from '../../ui/use-focus-after-render';

const COUNTY = 'kreisweit';
const FILTER = 'gemeinde';

type Editing = { measurement: Measurement | null } | null;
/** The measurement to delete, and the button that asked, for the focus to go back to. */
type Deleting = { measurement: Measurement; opener: HTMLButtonElement } | null;

type Props = { indicator: Indicator; measurements: Measurement[]; municipalities: Municipality[] };

export function MeasurementsSection({ indicator, measurements, municipalities }: Props) {
  const { t, i18n } = useTranslation(['indicators', 'common']);
  const lang = i18n.language;
  const [editing, setEditing] = useState<Editing>(null);
  const [done, setDone] = useState<'saved' | 'deleted' | null>(null);
  const [deleting, setDeleting] = useState<Deleting>(null);
  const [params, setParams] = useSearchParams();
  const focusAfterRender = useFocusAfterRender();
  const kindLabel = (kind: Municipality['kind']) => t(`common:municipalityKind.${kind}`);
  const names = new Map(municipalities.map((m) => [m.id, municipalityName(m, kindLabel)]));
  const placeOf = (m: Measurement) => (m.municipalityId === null ? t('common:states.countyWide') : (names.get(m.municipalityId) ?? t('common:states.none')));

  const filter = indicator.byMunicipality ? (params.get(FILTER) ?? '') : '';
  const shown = measurements
    .filter((m) => filter === '' || (filter === COUNTY ? m.municipalityId === null : m.municipalityId === filter))
    .sort(byPeriodNewestFirst);

  // When the form closes its inputs vanish; focus goes back to the button that opens it,
  // not to the top of the document, so a keyboard user stays where they were.
  const addButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing === null && returnFocus.current) {
      returnFocus.current = false;
      addButton.current?.focus();
    }
  }, [editing]);

  const open = (measurement: Measurement | null) => {
    setDone(null);
    setEditing({ measurement });
  };
  const close = (wasSaved: boolean) => {
    returnFocus.current = true;
    setEditing(null);
    setDone(wasSaved ? 'saved' : null);
  };
  const confirmDelete = async () => {
    if (!deleting) return;
    // Every role may delete measurements (README); a refusal would leave the value, so nothing is announced then.
    const removed = await remove('measurements', deleting.measurement.id);
    if (editing?.measurement?.id === deleting.measurement.id) setEditing(null);
    setDeleting(null);
    setDone(removed.ok ? 'deleted' : null);
    // The row and its button are gone; the add button is the nearest place to continue (the
    // heading while a form stands in its place), once the dialog has closed.
    focusAfterRender(() => addButton.current ?? document.getElementById('measurements-title'));
  };

  return (
    <section aria-labelledby="measurements-title">
      <h2 id="measurements-title" tabIndex={-1}>{t('measurements')}</h2>
      <p role="status">{done === 'saved' ? t('saved') : done === 'deleted' ? t('deleted') : null}</p>
      {editing ? (
        <MeasurementForm
          key={editing.measurement?.id ?? 'new'}
          indicator={indicator}
          measurement={editing.measurement}
          measurements={measurements}
          municipalities={municipalities}
          onDone={close}
        />
      ) : (
        <May kind="measurements" operation="create">
          <div className="actions">
            <button ref={addButton} className="button primary" type="button" onClick={() => open(null)}>
              {t('addMeasurement')}
            </button>
          </div>
        </May>
      )}
      {indicator.byMunicipality ? (
        <div className="field">
          <label className="field-label" htmlFor="measurement-filter">
            {t('filterLabel')}
          </label>
          <select
            id="measurement-filter"
            value={filter}
            onChange={(event) => {
              const next = new URLSearchParams(params);
              if (event.target.value) next.set(FILTER, event.target.value);
              else next.delete(FILTER);
              setParams(next, { replace: true });
            }}
          >
            <option value="">{t('filterAll')}</option>
            <option value={COUNTY}>{t('common:states.countyWide')}</option>
            {municipalityOptions(municipalities, lang, kindLabel).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {measurements.length === 0 ? <p>{t('noMeasurements')}</p> : null}
      {measurements.length > 0 && shown.length === 0 ? <p>{t('noMeasurementsHere')}</p> : null}
      {shown.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('measurements')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.period')}</th>
                <th scope="col" className="number">
                  {t('columns.value', { unit: indicator.unit })}
                </th>
                <th scope="col">{t('columns.place')}</th>
                <th scope="col">{t('columns.source')}</th>
                <th scope="col">{t('columns.note')}</th>
                <th scope="col">{t('columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.period}</th>
                  <td className="number">{formatNumber(m.value, lang)}</td>
                  <td>{placeOf(m)}</td>
                  <td>{m.source}</td>
                  <td>{m.note}</td>
                  <td>
                    <div className="row-actions">
                      <May kind="measurements" operation="update">
                        <button className="button" type="button" onClick={() => open(m)}>
                          {t('common:actions.edit')}{' '}
                          <span className="visually-hidden">{t('editRow', { period: m.period, place: placeOf(m) })}</span>
                        </button>
                      </May>
                      <May kind="measurements" operation="delete">
                        <button className="button" type="button" onClick={(event) => setDeleting({ measurement: m, opener: event.currentTarget })}>
                          {t('common:actions.delete')}{' '}
                          <span className="visually-hidden">{t('editRow', { period: m.period, place: placeOf(m) })}</span>
                        </button>
                      </May>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={t('deleteTitle')}
          text={t('deleteText', {
            value: formatNumber(deleting.measurement.value, lang),
            unit: indicator.unit,
            period: deleting.measurement.period,
            place: placeOf(deleting.measurement),
          })}
          confirmLabel={t('deleteConfirm')}
          onConfirm={confirmDelete}
          onCancel={() => {
            deleting.opener.focus();
            setDeleting(null);
          }}
        />
      ) : null}
    </section>
  );
}
