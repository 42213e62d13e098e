/**
 * The selected node: a Run's fetched value; while training, its value, its
 * gradient (dL/d value) and its histogram over time. In step-through only what
 * the last pass computed shows, with what the next press will compute.
 */
import { useMemo } from 'react';
import { createTensorView, type TensorViewData } from '../plots/tensorView.ts';
import { useChart } from '../plots/useChart.ts';
import { useDocument, useFlow, useSingleSelectedNode } from '../store/hooks.ts';
import { useScrub } from '../store/runHooks.ts';
import { gradientTag, type FetchedValue, type TensorData, type ValuesShown } from '../training/protocol.ts';
import { HistogramCard } from './HistogramCard.tsx';
import { formatCount } from '../ui/formatNumber.ts';
import { noGradientReason } from './noGradientReason.ts';
import { nestedText } from '../ui/tensorText.ts';

/** The selected node tab. */
export function NodePanel() {
  const node = useSingleSelectedNode();
  const watched = useFlow((s) => (node && s.run.watched?.nodeId === node.id ? s.run.watched : undefined));
  const fetched = useFlow((s) => (node && s.run.fetched?.document === s.document ? s.run.fetched.values[node.id] : undefined));
  const shows = useFlow((s) => s.run.nodeStats?.shows);
  const histograms = useFlow((s) => s.run.histograms);
  const scrubStep = useScrub()?.step;
  const doc = useDocument();
  if (!node) return <p className="panel__empty">Select a node on the canvas to see its value, its gradient and its histogram over time.</p>;
  if (fetched) return <FetchedCard name={node.name} value={fetched} />;
  if (!watched) return <p className="panel__empty">{node.name}: press Run to compute its value, or Train or Step to train and watch it.</p>;
  const isFilter = node.op === 'Variable' && watched.value?.shape.length === 4;
  const history = histograms[node.name];
  const gradientHistory = histograms[gradientTag(node.name)];
  return (
    <div className="node-panel" aria-label={`Values of ${node.name}`}>
      {watched.before && <TensorCard title={`${node.name} · before the update`} tensor={watched.before} isFilter={isFilter} empty="" />}
      {watched.before && watched.value && <ChangeCard name={node.name} before={watched.before} after={watched.value} isFilter={isFilter} />}
      <TensorCard title={`${node.name} · ${watched.example ? `value for test digit #${watched.example.index}` : valueCaption(watched.step, scrubStep, watched.before !== undefined)}`} tensor={watched.value} isFilter={isFilter} empty={notComputed(shows, watched.step, 'value')} />
      <TensorCard title={`∂loss/∂${node.name} · gradient${watched.example ? ` for test digit #${watched.example.index}` : ''}`} tensor={watched.gradient} isFilter={isFilter} empty={notComputed(shows, watched.step, 'gradient', noGradientReason(doc, node.id))} />
      {history && <HistogramCard tag={`${node.name} over time`} entries={history} mode="offset" gradient={false} scrubStep={scrubStep} />}
      {gradientHistory && <HistogramCard tag={`${gradientTag(node.name)} over time`} entries={gradientHistory} mode="offset" gradient scrubStep={scrubStep} />}
    </div>
  );
}

/** The worker sends only the latest value of the watched node, so a scrub to an earlier step says it shows the latest. */
function valueCaption(step: number, scrubStep: number | undefined, updated: boolean): string {
  if (scrubStep === undefined || scrubStep >= step) return updated ? `after the update, value at step ${formatCount(step)}` : `value at step ${formatCount(step)}`;
  return `latest value, step ${formatCount(step)} (values at step ${formatCount(scrubStep)} were not kept)`;
}

/** Why a tensor is missing: not computed yet in step-through (and which press computes it), or it has none (`noGradient` says why a gradient is missing). */
export function notComputed(shows: ValuesShown | undefined, step: number, part: 'value' | 'gradient', noGradient = 'The loss does not depend on this node, so it has no gradient.'): string {
  const at = formatCount(step);
  if (part === 'value' && (shows === 'initial' || shows === 'update')) return `Not computed yet: Forward › computes step ${at}'s values (only the variables have values now).`;
  if (part === 'gradient' && (shows === 'initial' || shows === 'update' || shows === 'forward')) return `Not computed yet: Backward › computes step ${at}'s gradients.`;
  return part === 'value' ? 'This node has no value to show.' : noGradient;
}

/** What the update did to a variable, element by element: after − before. */
function ChangeCard({ name, before, after, isFilter }: { name: string; before: TensorData; after: TensorData; isFilter: boolean }) {
  const delta = useMemo<TensorData>(() => ({ shape: after.shape, values: after.values.map((v, i) => v - (before.values[i] ?? 0)) }), [before, after]);
  return <TensorCard title={`${name} · change (after − before)`} tensor={delta} isFilter={isFilter} empty="" />;
}

/** A Run's value of the node: the numbers when few, and the tensor view. */
function FetchedCard({ name, value }: { name: string; value: FetchedValue }) {
  const tensor = useMemo<TensorData>(() => ({ shape: value.shape, values: Float32Array.from(value.values) }), [value]);
  const text = nestedText(value, 64);
  return (
    <div className="node-panel" aria-label={`Values of ${name}`}>
      <TensorCard title={`${name} · fetched by Run`} tensor={tensor} isFilter={false} empty="" note={text === undefined ? undefined : `${name} = ${text}`} />
    </div>
  );
}

function TensorCard({ title, tensor, isFilter, empty, note }: { title: string; tensor: TensorData | undefined; isFilter: boolean; empty: string; note?: string }) {
  const data = useMemo<TensorViewData | undefined>(() => (tensor ? { tensor, isFilter } : undefined), [tensor, isFilter]);
  const ref = useChart(createTensorView, data);
  return (
    <figure className="chart-card chart-card--tensor" aria-label={title}>
      <figcaption className="chart-card__title">{title}</figcaption>
      {note && <p className="chart-card__value">{note}</p>}
      {tensor ? <div className="chart-card__tensor" ref={ref} /> : <p className="panel__empty">{empty}</p>}
    </figure>
  );
}
