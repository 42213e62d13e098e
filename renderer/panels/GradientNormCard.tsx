/**
 * The gradient norm by layer: one line per layer over the steps, on a log
 * scale, from the input side (dark) to the output side (light). Ten sigmoid
 * layers draw a fan of lines orders of magnitude apart; ten ReLU layers keep
 * theirs together.
 */
import { useMemo } from 'react';
import { layerColor, layerGradientNorms } from '../plots/gradientNorms.ts';
import { createLineChart } from '../plots/lineChart.ts';
import { scalarModel } from '../plots/scalarModel.ts';
import { useChart } from '../plots/useChart.ts';
import type { HistogramEntry } from '../training/protocol.ts';
import { formatCount, formatShort } from '../ui/formatNumber.ts';
import { clickScrub, hoverScrub } from './scrub.ts';

/** The chart card; nothing while no gradient has a norm. */
export function GradientNormCard({ histograms, pinnedStep }: { histograms: Readonly<Record<string, readonly HistogramEntry[]>>; pinnedStep: number | undefined }) {
  const layers = useMemo(() => layerGradientNorms(histograms).filter((l) => l.points.length > 0), [histograms]);
  const model = useMemo(
    () =>
      scalarModel(
        layers.map((l, i) => ({ id: l.layer, label: l.layer, color: layerColor(i, layers.length), points: l.points })),
        { smoothing: 0, xMode: 'step', yScale: 'log10', ignoreOutliers: false },
      ),
    [layers],
  );
  const data = useMemo(
    () => (layers.length === 0 ? undefined : { model, xMode: 'step' as const, yScale: 'log10' as const, seriesName: 'Layer', smoothed: false, onHoverStep: hoverScrub, onClickStep: clickScrub, pinnedStep }),
    [layers, model, pinnedStep],
  );
  const ref = useChart(createLineChart, data);
  if (layers.length === 0) return null;
  const first = spread(layers.map((l) => ({ layer: l.layer, point: l.points[0] })));
  const latest = spread(layers.map((l) => ({ layer: l.layer, point: l.points.at(-1)! })));
  return (
    <figure className="chart-card chart-card--wide" aria-label="Gradient norm by layer">
      <figcaption className="chart-card__title">
        Gradient norm by layer
        <span className="chart-card__sub">‖∂loss/∂(weights, biases)‖ per scope, log scale</span>
      </figcaption>
      <div className="chart-card__plot" ref={ref} />
      <ul className="chart-legend" aria-label="Layers">
        {layers.map((l, i) => (
          <li key={l.layer} title={`${l.variables.join(', ')}: ${formatShort(l.points.at(-1)!.value)} at step ${l.points.at(-1)!.step}`}>
            <span className="chart__swatch" style={{ background: layerColor(i, layers.length) }} />
            {l.layer}
          </li>
        ))}
      </ul>
      {layers.length > 1 && (
        <p className="chart-card__note" data-testid="gradient-norm-spread">
          {[first, latest].filter((x, i) => i === 0 || x.step !== first.step).map(describe).join(' ')}
        </p>
      )}
    </figure>
  );
}

interface Spread {
  step: number;
  smallest: { layer: string; value: number };
  largest: { layer: string; value: number };
}

/** The smallest and largest layer norms among points of one step. */
function spread(at: readonly { layer: string; point: { step: number; value: number } }[]): Spread {
  const by = (pick: (a: number, b: number) => boolean) => at.reduce((a, b) => (pick(b.point.value, a.point.value) ? b : a));
  const lo = by((a, b) => a < b);
  const hi = by((a, b) => a > b);
  return { step: at[0].point.step, smallest: { layer: lo.layer, value: lo.point.value }, largest: { layer: hi.layer, value: hi.point.value } };
}

/** "Step 0: layer1 6.2e-7 to last 0.127, about 10^5 apart." */
function describe({ step, smallest, largest }: Spread): string {
  const ratio = largest.value / smallest.value;
  const apart = !Number.isFinite(ratio) ? 'apart' : ratio < 10 ? `${ratio.toFixed(1)}× apart` : `about 10^${Math.round(Math.log10(ratio))} apart`;
  return `Step ${formatCount(step)}: ${smallest.layer} ${formatShort(smallest.value)} to ${largest.layer} ${formatShort(largest.value)}, ${apart}.`;
}
