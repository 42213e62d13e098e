/** One tag's histograms over time, as a chart card. */
import { useMemo } from 'react';
import { createHistogramChart, type HistogramMode } from '../plots/histogramChart.ts';
import { histogramSlices } from '../plots/histogramModel.ts';
import { useChart } from '../plots/useChart.ts';
import type { HistogramEntry } from '../training/protocol.ts';
import { keptStepAtOrBefore } from '../plots/keptStep.ts';
import { formatCount } from '../ui/formatNumber.ts';

/** Colours from old to new: values in the accent's hues, gradients in the gradient orange. */
export const VALUE_COLORS: [string, string] = ['#c7c7f2', '#3f3fb0'];
export const GRADIENT_COLORS: [string, string] = ['#fbd3b8', '#b4420d'];

/** The chart of `entries`, titled `tag`. */
export function HistogramCard(props: { tag: string; entries: readonly HistogramEntry[]; mode: HistogramMode; gradient: boolean; scrubStep?: number; xDomain?: [number, number] }) {
  const { tag, entries, mode, gradient, scrubStep, xDomain } = props;
  // Rebinning is the costly part; scrubbing only redraws.
  const slices = useMemo(() => histogramSlices(entries), [entries]);
  const data = useMemo(() => ({ slices, mode, colors: gradient ? GRADIENT_COLORS : VALUE_COLORS, scrubStep, xDomain }), [slices, mode, gradient, scrubStep, xDomain]);
  const ref = useChart(createHistogramChart, data);
  const last = entries.at(-1);
  const kept = scrubStep === undefined ? undefined : keptStepAtOrBefore(slices.map((sl) => sl.step), scrubStep);
  return (
    <figure className="chart-card" aria-label={`Histogram ${tag}`}>
      <figcaption className="chart-card__title">
        {tag}
        <span className="chart-card__sub">{entries.length === 1 ? `step ${formatCount(last!.step)}` : `${entries.length} steps, last ${formatCount(last!.step)}`}</span>
        {scrubStep !== undefined && (
          <span className="chart-card__sub" data-testid="histogram-scrub">
            {kept === undefined ? `nothing kept by step ${formatCount(scrubStep)}` : `values at step ${formatCount(kept)}`}
          </span>
        )}
      </figcaption>
      {data.slices.length === 0 ? <p className="panel__empty">Its values are not finite numbers.</p> : <div className="chart-card__plot" ref={ref} />}
    </figure>
  );
}
