/** Distributions: each tag's basis-point bands over steps, TensorBoard's compressed view of the histograms. */
import { useMemo, useState } from 'react';
import { createDistributionChart } from '../plots/distributionChart.ts';
import { distributionPoints } from '../plots/histogramModel.ts';
import { useChart } from '../plots/useChart.ts';
import { useFlow } from '../store/hooks.ts';
import { useScrub } from '../store/runHooks.ts';
import type { HistogramEntry } from '../training/protocol.ts';
import { GRADIENT_COLORS, VALUE_COLORS } from './HistogramCard.tsx';
import { isGradientTag, orderedTags, type TagFilter } from './histogramTags.ts';
import { TagFilterSelect } from './TagFilterSelect.tsx';
import { CHART_REFRESH_MS } from './chartRefresh.ts';
import { useThrottledValue } from './useThrottledValue.ts';

/** The distributions tab. */
export function DistributionsPanel() {
  const histograms = useThrottledValue(useFlow((s) => s.run.histograms), CHART_REFRESH_MS);
  const [filter, setFilter] = useState<TagFilter>('all');
  const scrubStep = useScrub()?.step;
  const tags = orderedTags(Object.keys(histograms), filter);
  return (
    <div className="distributions">
      <div className="panel-controls" role="group" aria-label="Distribution settings">
        <TagFilterSelect value={filter} onChange={setFilter} />
        <span className="chart-card__note">Bands: min–max, ±1.5σ, ±1σ, ±0.5σ of a normal distribution's share; the line is the median.</span>
      </div>
      {tags.length === 0 ? (
        <p className="panel__empty">Press Train or Step: the weights', biases' and gradients' distributions over time show here.</p>
      ) : (
        <div className="chart-grid">
          {tags.map((tag) => (
            <DistributionCard key={tag} tag={tag} entries={histograms[tag]} scrubStep={scrubStep} />
          ))}
        </div>
      )}
    </div>
  );
}

function DistributionCard({ tag, entries, scrubStep }: { tag: string; entries: readonly HistogramEntry[]; scrubStep: number | undefined }) {
  const points = useMemo(() => distributionPoints(entries), [entries]);
  const data = useMemo(() => ({ points, color: (isGradientTag(tag) ? GRADIENT_COLORS : VALUE_COLORS)[1], scrubStep }), [points, tag, scrubStep]);
  const ref = useChart(createDistributionChart, data);
  return (
    <figure className="chart-card" aria-label={`Distribution ${tag}`}>
      <figcaption className="chart-card__title">{tag}</figcaption>
      <div className="chart-card__plot" ref={ref} />
    </figure>
  );
}
