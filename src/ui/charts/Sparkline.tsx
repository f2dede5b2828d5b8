// A small trend line for lists. The line is drawn for the eye; screen readers get the label and
// the values as text, and the last point carries a marker so the end is visible in print too.
import { formatNumber } from '../format';
import { chartText } from './chart-text';
import './charts.css';

type Props = { values: number[]; label: string; lang?: string };

const WIDTH = 80;
const HEIGHT = 24;
const PAD = 3;

export function Sparkline({ values, label, lang = 'de' }: Props) {
  const text = chartText(lang);
  const spoken = `${label}: ${values.length ? values.map((v) => formatNumber(v, lang)).join(', ') : text.noValues}`;
  if (values.length === 0) return <span className="sparkline-empty">{spoken}</span>;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const range = max - min || 1;
  const x = (i: number) => (values.length === 1 ? WIDTH / 2 : PAD + (i * (WIDTH - 2 * PAD)) / (values.length - 1));
  const y = (v: number) => (max === min ? HEIGHT / 2 : HEIGHT - PAD - ((v - min) * (HEIGHT - 2 * PAD)) / range);
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = values.length - 1;
  return (
    <span className="sparkline">
      <svg aria-hidden="true" focusable="false" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
        <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />
        <circle cx={x(last)} cy={y(values[last]!)} r="2.5" fill="currentColor" />
      </svg>
      <span className="visually-hidden">{spoken}</span>
    </span>
  );
}
