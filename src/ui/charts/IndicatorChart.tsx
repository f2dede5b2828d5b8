// An indicator's series against its baseline, target, target path and warning threshold, drawn
// as plain SVG. Nothing depends on colour: the county line is solid with round markers, the
// target path dashed, the threshold dotted, and each municipality line has its own dash and
// marker shape and is named at its end. Screen readers read the one-sentence summary and the
// data table (visually hidden unless `showTable`, e.g. in the printed report).
// Values are drawn in the middle of their period, over their year's label; the status still
// compares them with the path at the period's end (the data table shows that expected value).
import { assessIndicator, countySeries, expectedValue, periodEnd } from '../../core/indicator-status';
import type { Indicator, Measurement, Municipality } from '../../core/schema';
import { formatDate, formatNumber } from '../format';
import { interpolate } from '../i18n/translate';
import { chartText } from './chart-text';
import { periodStart } from '../../core/periods';
import { dayOf, linear, niceTicks, periodMiddle, yearAxis } from './chart-scale';
import './charts.css';

type Props = {
  indicator: Indicator;
  measurements: Measurement[];
  /** Municipalities whose series are drawn beside the county's (empty or absent: county only). */
  municipalities?: Municipality[];
  lang: string;
  /** Show the data table (for print); otherwise it is there for screen readers only. */
  showTable?: boolean;
  /** ISO date: the status in the summary then also flags stale data. */
  today?: string;
};

const W = 640;
const H = 300;
const M = { top: 16, right: 110, bottom: 36, left: 56 };
/** Width of a four-digit year at the chart's 12-unit font (DejaVu Sans digits are 0.64 em), and the space kept between two. */
const YEAR_LABEL = 31;
const YEAR_GAP = 12;
const DASHES = ['6 3', '2 3', '10 4 2 4', '1 5'];
const SHAPES = ['square', 'triangle', 'diamond', 'cross'] as const;

type Point = { x: number; y: number; period: string; value: number };

function Marker({ shape, x, y }: { shape: (typeof SHAPES)[number] | 'circle'; x: number; y: number }) {
  const s = 4;
  if (shape === 'circle') return <circle cx={x} cy={y} r={s} />;
  if (shape === 'square') return <rect x={x - s} y={y - s} width={2 * s} height={2 * s} />;
  if (shape === 'triangle') return <polygon points={`${x},${y - s - 1} ${x + s + 1},${y + s} ${x - s - 1},${y + s}`} />;
  if (shape === 'diamond') return <polygon points={`${x},${y - s - 1} ${x + s + 1},${y} ${x},${y + s + 1} ${x - s - 1},${y}`} />;
  return <path d={`M${x - s},${y - s}L${x + s},${y + s}M${x - s},${y + s}L${x + s},${y - s}`} strokeWidth="2" />;
}

function LegendSample({ className, dash, marker }: { className: string; dash?: string; marker?: (typeof SHAPES)[number] | 'circle' }) {
  return (
    <svg aria-hidden="true" focusable="false" width="28" height="14" viewBox="0 0 28 14" className={`legend-sample ${className}`}>
      {marker === 'square' || marker === 'diamond' ? null : <line x1="1" x2="27" y1="7" y2="7" strokeDasharray={dash} />}
      {marker ? <Marker shape={marker} x={14} y={7} /> : null}
    </svg>
  );
}

export function IndicatorChart({ indicator, measurements, municipalities = [], lang, showTable = false, today }: Props) {
  const text = chartText(lang);
  const own = measurements.filter((m) => m.indicatorId === indicator.id && !m.deleted);
  const county = countySeries(own);
  const local = municipalities.map((place) => ({
    place,
    series: countySeries(own.filter((m) => m.municipalityId === place.id).map((m) => ({ ...m, municipalityId: null }))),
  }));
  const assessment = assessIndicator(indicator, own, today);
  const num = (v: number | null | undefined) => formatNumber(v, lang);

  const all = [county, ...local.map((l) => l.series)].flat();
  const at = (period: string) => periodMiddle(periodStart(period), periodEnd(period));
  const dates = [dayOf(indicator.baseline.date), dayOf(indicator.target.date), ...all.map((m) => at(m.period))];
  const values = [indicator.baseline.value, indicator.target.value, ...all.map((m) => m.value)];
  if (indicator.warningThreshold !== null) values.push(indicator.warningThreshold);
  const [xMin, xMax] = [Math.min(...dates), Math.max(...dates)];
  const pad = (Math.max(...values) - Math.min(...values)) * 0.1 || 1;
  const ticks = niceTicks(Math.min(...values) - pad, Math.max(...values) + pad);
  const [yMin, yMax] = [Math.min(ticks[0]!, Math.min(...values)), Math.max(ticks.at(-1)!, Math.max(...values))];
  const x = linear([xMin, xMax], [M.left, W - M.right]);
  const y = linear([yMin, yMax], [H - M.bottom, M.top]);
  const toPoints = (series: Measurement[]): Point[] =>
    series.map((m) => ({ x: x(at(m.period)), y: y(m.value), period: m.period, value: m.value }));
  const line = (points: Point[]) => points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

  const b = { x: x(dayOf(indicator.baseline.date)), y: y(indicator.baseline.value) };
  const t = { x: x(dayOf(indicator.target.date)), y: y(indicator.target.value) };
  const axis = yearAxis(xMin, xMax, x, [M.left, W - M.right], YEAR_LABEL, YEAR_GAP);

  const summary = assessment.latest
    ? interpolate(text.summary, {
        name: indicator.name,
        unit: indicator.unit,
        latest: num(assessment.latest.value),
        period: assessment.latest.period,
        expected: num(assessment.expected),
        baseline: num(indicator.baseline.value),
        baselineDate: formatDate(indicator.baseline.date, lang),
        target: num(indicator.target.value),
        targetDate: formatDate(indicator.target.date, lang),
        status: text.status[assessment.status],
      })
    : interpolate(text.summaryNoData, {
        name: indicator.name,
        unit: indicator.unit,
        baseline: num(indicator.baseline.value),
        baselineDate: formatDate(indicator.baseline.date, lang),
        target: num(indicator.target.value),
        targetDate: formatDate(indicator.target.date, lang),
      });

  const periods = [...new Set(all.map((m) => m.period))].sort((p, q) => dayOf(periodEnd(p)) - dayOf(periodEnd(q)));
  const valueAt = (series: Measurement[], period: string) => series.find((m) => m.period === period)?.value;

  return (
    <figure className="indicator-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="indicator-chart-svg">
        <g className="chart-grid">
          {ticks.map((v) => (
            <g key={v}>
              <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
              <text x={M.left - 6} y={y(v) + 4} textAnchor="end">
                {num(v)}
              </text>
            </g>
          ))}
          {axis.boundaries.map((boundary) => (
            <line key={boundary} x1={boundary} x2={boundary} y1={H - M.bottom} y2={H - M.bottom + 5} />
          ))}
          {axis.labels.map((label) => (
            <text key={label.year} x={label.x} y={H - M.bottom + 18} textAnchor="middle">
              {label.year}
            </text>
          ))}
        </g>
        {indicator.warningThreshold !== null ? (
          <g className="chart-threshold">
            <line x1={M.left} x2={W - M.right} y1={y(indicator.warningThreshold)} y2={y(indicator.warningThreshold)} strokeDasharray="1 4" />
            <text x={W - M.right + 4} y={y(indicator.warningThreshold) + 4}>
              {text.threshold}
            </text>
          </g>
        ) : null}
        <g className="chart-path">
          <polyline points={`${b.x},${b.y} ${t.x},${t.y} ${W - M.right},${t.y}`} fill="none" strokeDasharray="8 5" />
          <rect x={b.x - 5} y={b.y - 5} width="10" height="10" />
          <polygon points={`${t.x},${t.y - 7} ${t.x + 7},${t.y} ${t.x},${t.y + 7} ${t.x - 7},${t.y}`} />
          <text x={W - M.right + 4} y={t.y + 4}>
            {text.target}
          </text>
        </g>
        {local.map(({ place, series }, i) => {
          const points = toPoints(series);
          const end = points.at(-1);
          return (
            <g key={place.id} className="chart-local">
              <polyline points={line(points)} fill="none" strokeDasharray={DASHES[i % DASHES.length]} />
              {points.map((p) => (
                <Marker key={p.period} shape={SHAPES[i % SHAPES.length]!} x={p.x} y={p.y} />
              ))}
              {end ? (
                <text x={end.x + 8} y={end.y + 4}>
                  {place.name}
                </text>
              ) : null}
            </g>
          );
        })}
        <g className="chart-county">
          <polyline points={line(toPoints(county))} fill="none" />
          {toPoints(county).map((p) => (
            <Marker key={p.period} shape="circle" x={p.x} y={p.y} />
          ))}
        </g>
      </svg>
      <figcaption>
        <p className="chart-summary">{summary}</p>
        <ul className="chart-legend" aria-label={text.legend}>
          <li>
            <LegendSample className="chart-county" marker="circle" />
            {text.county}
          </li>
          <li>
            <LegendSample className="chart-path" dash="8 5" />
            {text.expected}
          </li>
          <li>
            <LegendSample className="chart-path" marker="square" />
            {text.baseline}
          </li>
          <li>
            <LegendSample className="chart-path" marker="diamond" />
            {text.target}
          </li>
          {indicator.warningThreshold !== null ? (
            <li>
              <LegendSample className="chart-threshold" dash="1 4" />
              {`${text.threshold}: ${num(indicator.warningThreshold)} ${indicator.unit}`}
            </li>
          ) : null}
          {local.map(({ place }, i) => (
            <li key={place.id}>
              <LegendSample className="chart-local" dash={DASHES[i % DASHES.length]} marker={SHAPES[i % SHAPES.length]} />
              {place.name}
            </li>
          ))}
        </ul>
      </figcaption>
      <div className={showTable ? 'table-wrap' : 'visually-hidden'}>
        <table>
          <caption>{interpolate(text.tableCaption, { name: indicator.name, unit: indicator.unit })}</caption>
          <thead>
            <tr>
              <th scope="col">{text.period}</th>
              <th scope="col" className="number">
                {text.county}
              </th>
              {local.map(({ place }) => (
                <th scope="col" className="number" key={place.id}>
                  {place.name}
                </th>
              ))}
              <th scope="col" className="number">
                {text.expected}
              </th>
            </tr>
          </thead>
          <tbody>
            {periods.map((period) => (
              <tr key={period}>
                <th scope="row">{period}</th>
                <td className="number">{num(valueAt(county, period))}</td>
                {local.map(({ place, series }) => (
                  <td className="number" key={place.id}>
                    {num(valueAt(series, period))}
                  </td>
                ))}
                <td className="number">{num(expectedValue(indicator, periodEnd(period)))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
