/** Scalars: one chart per logged tag, every run overlaid, with TensorBoard's smoothing, y range and axis choices. */
import { useMemo, useState } from 'react';
import { DEFAULT_SMOOTHING } from '../../core/summary/smoothing.ts';
import type { YScale } from '../../core/summary/yRange.ts';
import { createLineChart } from '../plots/lineChart.ts';
import { scalarModel, type XMode } from '../plots/scalarModel.ts';
import { useChart } from '../plots/useChart.ts';
import type { RunRecord } from '../store/runSlice.ts';
import { useRuns, useScrub } from '../store/runHooks.ts';
import { training } from '../training/appTraining.ts';
import { formatCount } from '../ui/formatNumber.ts';
import { CHART_REFRESH_MS } from './chartRefresh.ts';
import { useThrottledValue } from './useThrottledValue.ts';
import { clickScrub, hoverScrub } from './scrub.ts';
import { SweepScalars, useHasSweepView } from '../sweep/SweepScalars.tsx';

interface Options {
  smoothing: number;
  ignoreOutliers: boolean;
  yScale: YScale;
  xMode: XMode;
}

/** The scalars tab. */
export function ScalarsPanel() {
  const runs = useThrottledValue(useRuns(), CHART_REFRESH_MS);
  const [options, setOptions] = useState<Options>({ smoothing: DEFAULT_SMOOTHING, ignoreOutliers: true, yScale: 'linear', xMode: 'step' });
  const tags = useMemo(() => [...new Set(runs.flatMap((r) => Object.keys(r.scalars)))], [runs]);
  const set = (change: Partial<Options>) => setOptions({ ...options, ...change });
  const hasSweep = useHasSweepView();
  return (
    <div className="scalars">
      <div className="panel-controls" role="group" aria-label="Chart settings">
        <label className="panel-control">
          Smoothing
          <input type="range" min={0} max={0.999} step={0.001} value={options.smoothing} aria-label="Smoothing" onChange={(e) => set({ smoothing: Number(e.target.value) })} />
          <span className="panel-control__value">{options.smoothing.toFixed(3)}</span>
        </label>
        <label className="panel-control">
          <input type="checkbox" checked={options.ignoreOutliers} onChange={(e) => set({ ignoreOutliers: e.target.checked })} />
          Ignore outliers
        </label>
        <label className="panel-control">
          Y
          <select aria-label="Y scale" value={options.yScale} onChange={(e) => set({ yScale: e.target.value as YScale })}>
            <option value="linear">linear</option>
            <option value="log10">log</option>
          </select>
        </label>
        <label className="panel-control">
          X
          <select aria-label="X axis" value={options.xMode} onChange={(e) => set({ xMode: e.target.value as XMode })}>
            <option value="step">step</option>
            <option value="relative">relative time</option>
            <option value="wall">wall time</option>
          </select>
        </label>
        <span className="toolbar__spacer" />
        <button type="button" className="button" disabled={runs.length < 2} title="Forget every run but the current one" onClick={() => training().clearRuns()}>
          Clear other runs
        </button>
      </div>
      <SweepScalars smoothing={options.smoothing} yScale={options.yScale} ignoreOutliers={options.ignoreOutliers} />
      {tags.length === 0 ? (
        !hasSweep && <p className="panel__empty">Press Train: every logged value (the loss, the accuracy) is charted here, one line per run. A sweep (Session tab) shows here as a band per setting.</p>
      ) : (
        <div className="chart-grid">
          {tags.map((tag) => (
            <ScalarCard key={tag} tag={tag} runs={runs} options={options} />
          ))}
        </div>
      )}
    </div>
  );
}

function ScalarCard({ tag, runs, options }: { tag: string; runs: readonly RunRecord[]; options: Options }) {
  const withTag = runs.filter((r) => (r.scalars[tag]?.length ?? 0) > 0);
  const scrub = useScrub();
  const pinnedStep = scrub?.pinned ? scrub.step : undefined;
  const model = useMemo(
    () => scalarModel(withTag.map((r) => ({ id: String(r.id), label: r.label, color: r.color, points: r.scalars[tag] })), options),
    // withTag is derived from runs; runs and the options decide the model.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [runs, tag, options],
  );
  const data = useMemo(
    () => ({ model, xMode: options.xMode, yScale: options.yScale, onHoverStep: hoverScrub, onClickStep: clickScrub, pinnedStep }),
    [model, options.xMode, options.yScale, pinnedStep],
  );
  const ref = useChart(createLineChart, data);
  const sampled = withTag.filter((r) => r.logged[tag] > r.scalars[tag].length);
  const lone = withTag.filter((r) => r.scalars[tag].length === 1);
  return (
    <figure className="chart-card" aria-label={`Scalar ${tag}`}>
      <figcaption className="chart-card__title">{tag}</figcaption>
      <div className="chart-card__plot" ref={ref} />
      <ul className="chart-legend">
        {withTag.map((r) => (
          <li key={r.id}>
            <span className="chart__swatch" style={{ background: r.color }} />
            {r.label}
          </li>
        ))}
      </ul>
      {lone.length > 0 && (
        <p className="chart-card__note" data-testid="scalar-one-point">
          {lone.map((r) => `#${r.id} has one logged point (step ${formatCount(r.scalars[tag][0].step)})`).join(', ')}: a line needs two, so it shows as a dot until the next log step.
        </p>
      )}
      {sampled.length > 0 && (
        <p className="chart-card__note">
          Sampled: {sampled.map((r) => `${formatCount(r.scalars[tag].length)} of ${formatCount(r.logged[tag])} points of #${r.id}`).join(', ')} (TensorBoard's reservoir).
        </p>
      )}
    </figure>
  );
}
