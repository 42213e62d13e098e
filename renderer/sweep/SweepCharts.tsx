/** The sweep's chart cards: a tag's bands over the steps, and a metric's final values per setting. */
import { useMemo } from 'react';
import type { SweptRun } from '../../core/sweep/sweepResults.ts';
import type { YScale } from '../../core/summary/yRange.ts';
import { createBandChart } from '../plots/bandChart.ts';
import { bandModel, type BandOptions } from '../plots/bandModel.ts';
import { createStripChart } from '../plots/stripChart.ts';
import { useChart } from '../plots/useChart.ts';
import { bandInputs, type SettingInfo, stripColumns } from './sweepView.ts';

/** One tag: a band and mean line per setting. */
export function BandCard({ tag, runs, settings, options, highlight }: { tag: string; runs: readonly SweptRun[]; settings: readonly SettingInfo[]; options: BandOptions; highlight: string | undefined }) {
  const model = useMemo(() => bandModel(bandInputs(runs, settings, tag), options), [runs, settings, tag, options]);
  const data = useMemo(() => ({ model, yScale: options.yScale, highlight }), [model, options.yScale, highlight]);
  const ref = useChart(createBandChart, data);
  return (
    <figure className="chart-card" aria-label={`Sweep ${tag}`}>
      <figcaption className="chart-card__title">
        {tag}
        <span className="chart-card__sub">mean of the seeds, band {options.band === 'std' ? '± 1 std' : 'min to max'}</span>
      </figcaption>
      <div className="chart-card__plot" ref={ref} />
    </figure>
  );
}

/** One metric: each run's final value per setting, the mean and ± 1 std. */
export function StripCard({ metric, runs, settings, yScale, xTitle }: { metric: string; runs: readonly SweptRun[]; settings: readonly SettingInfo[]; yScale: YScale; xTitle: string }) {
  const data = useMemo(() => ({ metric, columns: stripColumns(runs, settings, metric), yScale, xTitle }), [metric, runs, settings, yScale, xTitle]);
  const ref = useChart(createStripChart, data);
  return (
    <figure className="chart-card" aria-label={`Final ${metric} per setting`}>
      <figcaption className="chart-card__title">
        final {metric}
        <span className="chart-card__sub">per setting: a dot per seed, the mean ± 1 std</span>
      </figcaption>
      <div className="chart-card__plot chart-card__plot--strip" ref={ref} />
    </figure>
  );
}
