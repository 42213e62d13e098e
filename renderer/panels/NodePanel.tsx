/** The selected node while training: its value, its gradient (dL/d value) and its histogram over time. */
import { useMemo } from 'react';
import { createTensorView, type TensorViewData } from '../plots/tensorView.ts';
import { useChart } from '../plots/useChart.ts';
import { useDocument, useFlow, useSingleSelectedNode } from '../store/hooks.ts';
import { useScrub } from '../store/runHooks.ts';
import { gradientTag } from '../training/protocol.ts';
import type { TensorData } from '../training/protocol.ts';
import { HistogramCard } from './HistogramCard.tsx';
import { formatCount } from '../ui/formatNumber.ts';
import { noGradientReason } from './noGradientReason.ts';

/** The selected node tab. */
export function NodePanel() {
  const node = useSingleSelectedNode();
  const watched = useFlow((s) => (node && s.run.watched?.nodeId === node.id ? s.run.watched : undefined));
  const histograms = useFlow((s) => s.run.histograms);
  const scrubStep = useScrub()?.step;
  const doc = useDocument();
  if (!node) return <p className="panel__empty">Select a node on the canvas to see its value, its gradient and its histogram over time.</p>;
  if (!watched) return <p className="panel__empty">{node.name}: press Train or Step to compute its value.</p>;
  const isFilter = node.op === 'Variable' && watched.value?.shape.length === 4;
  const history = histograms[node.name];
  const gradientHistory = histograms[gradientTag(node.name)];
  return (
    <div className="node-panel" aria-label={`Values of ${node.name}`}>
      <TensorCard title={`${node.name} · ${valueCaption(watched.step, scrubStep)}`} tensor={watched.value} isFilter={isFilter} empty="This node has no value to show." />
      <TensorCard
        title={`∂loss/∂${node.name} · gradient`}
        tensor={watched.gradient}
        isFilter={isFilter}
        empty={noGradientReason(doc, node.id)}
      />
      {history && <HistogramCard tag={`${node.name} over time`} entries={history} mode="offset" gradient={false} scrubStep={scrubStep} />}
      {gradientHistory && <HistogramCard tag={`${gradientTag(node.name)} over time`} entries={gradientHistory} mode="offset" gradient scrubStep={scrubStep} />}
    </div>
  );
}

/** The worker sends only the latest value of the watched node, so a scrub to an earlier step says it shows the latest. */
function valueCaption(step: number, scrubStep: number | undefined): string {
  if (scrubStep === undefined || scrubStep >= step) return `value at step ${formatCount(step)}`;
  return `latest value, step ${formatCount(step)} (values at step ${formatCount(scrubStep)} were not kept)`;
}

function TensorCard({ title, tensor, isFilter, empty }: { title: string; tensor: TensorData | undefined; isFilter: boolean; empty: string }) {
  const data = useMemo<TensorViewData | undefined>(() => (tensor ? { tensor, isFilter } : undefined), [tensor, isFilter]);
  const ref = useChart(createTensorView, data);
  return (
    <figure className="chart-card chart-card--tensor" aria-label={title}>
      <figcaption className="chart-card__title">{title}</figcaption>
      {tensor ? <div className="chart-card__tensor" ref={ref} /> : <p className="panel__empty">{empty}</p>}
    </figure>
  );
}
