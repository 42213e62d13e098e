/** Histograms: every trained variable and its gradient over time (and the selected node's values), offset or overlay. */
import { useState } from 'react';
import type { HistogramMode } from '../plots/histogramChart.ts';
import { useFlow } from '../store/hooks.ts';
import { useScrub } from '../store/runHooks.ts';
import { HistogramCard } from './HistogramCard.tsx';
import { isGradientTag, orderedTags, type TagFilter } from './histogramTags.ts';
import { TagFilterSelect } from './TagFilterSelect.tsx';
import { CHART_REFRESH_MS } from './chartRefresh.ts';
import { useThrottledValue } from './useThrottledValue.ts';

/** The histograms tab. */
export function HistogramsPanel() {
  const histograms = useThrottledValue(useFlow((s) => s.run.histograms), CHART_REFRESH_MS);
  const scrubStep = useScrub()?.step;
  const [mode, setMode] = useState<HistogramMode>('offset');
  const [filter, setFilter] = useState<TagFilter>('all');
  const tags = orderedTags(Object.keys(histograms), filter);
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
      </div>
      {tags.length === 0 ? (
        <p className="panel__empty">Press Train or Step: the weights, biases and their gradients are recorded at every log step.</p>
      ) : (
        <div className="chart-grid">
          {tags.map((tag) => (
            <HistogramCard key={tag} tag={tag} entries={histograms[tag]} mode={mode} gradient={isGradientTag(tag)} scrubStep={scrubStep} />
          ))}
        </div>
      )}
    </div>
  );
}
