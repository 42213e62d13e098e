/**
 * Histograms: every trained variable and its gradient over time (and the
 * selected node's values), offset or overlay, with the gradient norm by layer
 * above them. Gradients share one x scale by default, so a layer whose
 * gradient vanished shows as a spike beside the wide ones.
 */
import { useMemo, useState } from 'react';
import type { HistogramMode } from '../plots/histogramChart.ts';
import { sharedExtent } from '../plots/histogramModel.ts';
import { useFlow } from '../store/hooks.ts';
import { useScrub } from '../store/runHooks.ts';
import { GradientNormCard } from './GradientNormCard.tsx';
import { HistogramCard } from './HistogramCard.tsx';
import { isGradientTag, orderedTags, type TagFilter } from './histogramTags.ts';
import { TagFilterSelect } from './TagFilterSelect.tsx';
import { CHART_REFRESH_MS } from './chartRefresh.ts';
import { useThrottledValue } from './useThrottledValue.ts';

/** Which kinds of histogram share one x scale across layers. */
interface SharedScale {
  values: boolean;
  gradients: boolean;
}

/** The histograms tab. */
export function HistogramsPanel() {
  const histograms = useThrottledValue(useFlow((s) => s.run.histograms), CHART_REFRESH_MS);
  const scrub = useScrub();
  const scrubStep = scrub?.step;
  const [mode, setMode] = useState<HistogramMode>('offset');
  const [filter, setFilter] = useState<TagFilter>('all');
  const [shared, setShared] = useState<SharedScale>({ values: false, gradients: true });
  const tags = orderedTags(Object.keys(histograms), filter);
  const domains = useMemo(() => {
    const all = orderedTags(Object.keys(histograms), 'all');
    return {
      values: sharedExtent(all.filter((t) => !isGradientTag(t)).map((t) => histograms[t])),
      gradients: sharedExtent(all.filter(isGradientTag).map((t) => histograms[t])),
    };
  }, [histograms]);
  const domainOf = (tag: string) => (isGradientTag(tag) ? (shared.gradients ? domains.gradients : undefined) : shared.values ? domains.values : undefined);
  return (
    <div className="histograms">
      <div className="panel-controls" role="group" aria-label="Histogram settings">
        <span className="panel-control" role="radiogroup" aria-label="Histogram mode">
          {(['offset', 'overlay'] as const).map((m) => (
            <button key={m} type="button" className="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
              {m === 'offset' ? 'Offset' : 'Overlay'}
            </button>
          ))}
        </span>
        <TagFilterSelect value={filter} onChange={setFilter} />
        <span className="panel-control" role="group" aria-label="Shared x scale" title="One x scale across layers, so their ranges compare at a glance">
          One x scale for all
          <label className="panel-control">
            <input type="checkbox" checked={shared.gradients} onChange={(e) => setShared({ ...shared, gradients: e.target.checked })} />
            gradients
          </label>
          <label className="panel-control">
            <input type="checkbox" checked={shared.values} onChange={(e) => setShared({ ...shared, values: e.target.checked })} />
            values
          </label>
        </span>
      </div>
      {tags.length === 0 ? (
        <p className="panel__empty">Press Train or Step: the weights, biases and their gradients are recorded at every log step.</p>
      ) : (
        <div className="chart-grid">
          {filter !== 'values' && <GradientNormCard histograms={histograms} pinnedStep={scrub?.pinned ? scrub.step : undefined} />}
          {tags.map((tag) => (
            <HistogramCard key={tag} tag={tag} entries={histograms[tag]} mode={mode} gradient={isGradientTag(tag)} scrubStep={scrubStep} xDomain={domainOf(tag)} />
          ))}
        </div>
      )}
    </div>
  );
}
