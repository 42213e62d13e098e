/** One tag's histograms over time, as a chart card. */
import { useMemo } from 'react';
import { createHistogramChart, type HistogramMode } from '../plots/histogramChart.ts';
import { histogramSlices } from '../plots/histogramModel.ts';
import { useChart } from '../plots/useChart.ts';
import type { HistogramEntry } from '../worker/protocol.ts';
import { formatCount } from './formatNumber.ts';

/** Colours from old to new: values in the accent's hues, gradients in the gradient orange. */
export const VALUE_COLORS: [string, string] = ['#c7c7f2', '#3f3fb0'];
export const GRADIENT_COLORS: [string, string] = ['#fbd3b8', '#b4420d'];

/** The chart of `entries`, titled `tag`. */
export function HistogramCard({ tag, entries, mode, gradient }: { tag: string; entries: readonly HistogramEntry[]; mode: HistogramMode; gradient: boolean }) {
  const data = useMemo(() => ({ slices: histogramSlices(entries), mode, colors: gradient ? GRADIENT_COLORS : VALUE_COLORS }), [entries, mode, gradient]);
  const ref = useChart(createHistogramChart, data);
  const last = entries.at(-1);
  return (
    <figure className="chart-card" aria-label={`Histogram ${tag}`}>
      <figcaption className="chart-card__title">
        {tag}
        <span className="chart-card__sub">{entries.length === 1 ? `step ${formatCount(last!.step)}` : `${entries.length} steps, last ${formatCount(last!.step)}`}</span>
      </figcaption>
      {data.slices.length === 0 ? <p className="panel__empty">Its values are not finite numbers.</p> : <div className="chart-card__plot" ref={ref} />}
    </figure>
  );
}
