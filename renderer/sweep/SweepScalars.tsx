/**
 * The Scalars tab's sweep section: the runs of the sweep grouped by setting
 * (a band and mean line per setting and tag, a setting's runs on hover),
 * the results table and the final values per setting. It shows the sweep
 * running now, else the results kept in the document.
 */
import { useMemo, useState } from 'react';
import type { YScale } from '../../core/summary/yRange.ts';
import type { BandKind } from '../plots/bandModel.ts';
import { actions } from '../store/flowStore.ts';
import { useFlow } from '../store/hooks.ts';
import { CHART_REFRESH_MS } from '../panels/chartRefresh.ts';
import { useThrottledValue } from '../panels/useThrottledValue.ts';
import { BandCard, StripCard } from './SweepCharts.tsx';
import { SweepProgressView } from './SweepProgressView.tsx';
import { SweepTable } from './SweepTable.tsx';
import { settingsOf, tagsOf } from './sweepView.ts';

interface Props {
  smoothing: number;
  yScale: YScale;
  ignoreOutliers: boolean;
}

/** Whether there is a sweep to show: one running, or results in the document. */
export const useHasSweepView = (): boolean => useFlow((s) => s.sweepProgress.status === 'running' || (s.document.sweepResults?.runs.length ?? 0) > 0);

/** The section, or nothing without a sweep. */
export function SweepScalars({ smoothing, yScale, ignoreOutliers }: Props) {
  const progress = useThrottledValue(
    useFlow((s) => s.sweepProgress),
    CHART_REFRESH_MS,
  );
  const running = progress.status === 'running';
  const doc = useFlow((s) => s.document);
  const view = useMemo(() => (running && progress.sweep ? { sweep: progress.sweep, runs: progress.runs } : doc.sweepResults), [running, progress.sweep, progress.runs, doc.sweepResults]);
  const [band, setBand] = useState<BandKind>('minmax');
  const [highlight, setHighlight] = useState<string | undefined>();
  const runs = useMemo(() => view?.runs ?? [], [view]);
  const settings = useMemo(() => settingsOf(runs), [runs]);
  const tags = useMemo(() => tagsOf(runs, doc), [runs, doc]);
  const options = useMemo(() => ({ smoothing, band, yScale, ignoreOutliers }), [smoothing, band, yScale, ignoreOutliers]);
  // The table and strips take ended runs only; the growing one is in the bands already.
  const ended = useMemo(() => (running ? runs.slice(0, progress.done) : runs), [running, runs, progress.done]);
  if (!view) return null;
  const axes = view.sweep.axes.map((a) => a.target).join(' × ');
  return (
    <section className="sweep-scalars" aria-label="Sweep">
      <div className="panel-controls" role="group" aria-label="Sweep chart settings">
        <strong className="sweep-scalars__title">
          Sweep: {axes} × {view.sweep.seeds} seeds
        </strong>
        {!running && (
          <span>
            {ended.length} run{ended.length === 1 ? '' : 's'}
          </span>
        )}
        <label className="panel-control">
          Band
          <select aria-label="Band" value={band} onChange={(e) => setBand(e.target.value as BandKind)}>
            <option value="minmax">min to max</option>
            <option value="std">± 1 std</option>
          </select>
        </label>
        <span className="toolbar__spacer" />
        {!running && (
          <button type="button" className="button" title="Remove the sweep's results from the document (undoable)" onClick={() => actions.recordSweepResults(undefined)}>
            Clear sweep results
          </button>
        )}
      </div>
      <SweepProgressView />
      <ul className="chart-legend sweep-scalars__legend" aria-label="Sweep settings">
        {settings.map((s) => (
          <li key={s.setting} onPointerEnter={() => setHighlight(s.setting)} onPointerLeave={() => setHighlight(undefined)} title="Hover to see this setting's runs">
            <span className="chart__swatch" style={{ background: s.color }} />
            {s.setting}
          </li>
        ))}
      </ul>
      <div className="chart-grid">
        {tags.map((tag) => (
          <BandCard key={tag} tag={tag} runs={runs} settings={settings} options={options} highlight={highlight} />
        ))}
      </div>
      {ended.length > 0 && (
        <>
          <div className="sweep-table__wrap">
            <p className="sweep-table__caption">Final values over the seeds (sample std)</p>
            <SweepTable runs={ended} settings={settings} metrics={tags} axes={axes} />
          </div>
          <div className="chart-grid">
            {tags.map((tag) => (
              <StripCard key={tag} metric={tag} runs={ended} settings={settings} yScale={yScale} xTitle={axes} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
