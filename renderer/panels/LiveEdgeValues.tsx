/**
 * Live values on the canvas's edges while a run has them. Zoomed in, each
 * edge shows the mean and standard deviation of the tensor it carries (its
 * shape is already the edge's label). Gradient edges are coloured and sized by
 * the gradient's magnitude at any zoom, and flagged when it vanishes or
 * explodes. Rendered inside React Flow by one line in renderer/canvas/Canvas.tsx.
 */
import { EdgeLabelRenderer, getBezierPath, type InternalNode, Panel, Position, useStore } from '@xyflow/react';
import { useFlow } from '../store/hooks.ts';
import { nodeStatsOf } from '../store/runHooks.ts';
import type { RunState } from '../store/runSlice.ts';
import { formatCount, formatShort } from '../ui/formatNumber.ts';
import { gradientLook } from './gradientMagnitude.ts';
import { stepThroughText } from './stepThroughText.ts';
import { pickedText } from '../poke/pokeText.ts';

/** Zoom at and above which every edge shows its values. */
const DETAIL_ZOOM = 1;

interface EdgeValue {
  id: string;
  x: number;
  y: number;
  text: string;
  flag: string | undefined;
  gradient: boolean;
}

/** Edge labels and gradient edge colours for the current run. */
export function LiveEdgeValues() {
  const run = useFlow((s) => (s.run.trainedDocument === s.document ? s.run : undefined));
  const zoom = useStore((s) => s.transform[2]);
  const edges = useStore((s) => s.edges);
  // The node array changes whenever a node moves or is measured; the lookup is then current.
  useStore((s) => s.nodes);
  const nodeLookup = useStore((s) => s.nodeLookup);
  if (!run?.nodeStats) return null;
  const values: EdgeValue[] = [];
  const styles: string[] = [];
  for (const e of edges) {
    const stats = nodeStatsOf(run as RunState, e.source);
    if (!stats) continue;
    const className = e.className ?? '';
    // A forward value read by the backward pass already shows on its forward edge.
    if (className.includes('edge--forward-use')) continue;
    const gradient = className.includes('edge--gradient');
    const look = gradient ? gradientLook(stats.stats.norm) : undefined;
    if (look) styles.push(`.react-flow__edge[data-id="${CSS.escape(e.id)}"] .react-flow__edge-path{stroke:${look.color};stroke-width:${look.width}px}`);
    const flag = look?.flag;
    if (zoom < DETAIL_ZOOM && !flag) continue;
    const at = labelPoint(nodeLookup.get(e.source), e.sourceHandle, nodeLookup.get(e.target), e.targetHandle);
    if (!at) continue;
    // Short edges between neighbouring nodes leave little room: two short lines fit in the gap.
    const text = gradient ? `‖g‖ ${formatShort(stats.stats.norm)}` : stats.shape.length === 0 ? `= ${formatShort(stats.stats.mean)}` : `μ ${formatShort(stats.stats.mean)}\nσ ${formatShort(stats.stats.std)}`;
    values.push({ id: e.id, ...at, text, flag, gradient });
  }
  const scrub = run.scrub;
  const nodeStep = run.nodeStats.step;
  const picked = run.nodeStats.example;
  const stepping = scrub ? undefined : picked ? pickedText(picked) : stepThroughText(run.nodeStats.shows, nodeStep);
  return (
    <>
      {stepping && (
        <Panel position="top-center" className="canvas__banner" data-testid="canvas-step-note">
          {stepping}
        </Panel>
      )}
      {scrub && (
        <Panel position="top-center" className="canvas__banner" data-testid="canvas-scrub-note">
          {scrub.step >= nodeStep
            ? `Values at step ${formatCount(nodeStep)}`
            : `Values at step ${formatCount(scrub.step)} were not kept: the canvas shows the latest, step ${formatCount(nodeStep)}`}
        </Panel>
      )}
      <style>{styles.join('\n')}</style>
      <EdgeLabelRenderer>
        {values.map((v) => (
          <div
            key={v.id}
            className={v.flag ? `edge-live edge-live--${v.flag}` : 'edge-live'}
            data-edge={v.id}
            // Below the edge's own shape label, centred on the edge.
            style={{ transform: `translate(-50%, 0) translate(${v.x}px, ${v.y + 9}px)` }}
          >
            {v.flag ? `${v.flag === 'nonfinite' ? 'not finite' : v.flag} ${v.text}` : v.text}
          </div>
        ))}
      </EdgeLabelRenderer>
    </>
  );
}

/** Where a default (bezier) edge between the two handles puts its label; a backward node's handles face the other way. */
function labelPoint(source: InternalNode | undefined, sourceHandle: string | null | undefined, target: InternalNode | undefined, targetHandle: string | null | undefined) {
  const from = source?.internals.handleBounds?.source?.find((h) => h.id === sourceHandle) ?? source?.internals.handleBounds?.source?.[0];
  const to = target?.internals.handleBounds?.target?.find((h) => h.id === targetHandle) ?? target?.internals.handleBounds?.target?.[0];
  if (!source || !target || !from || !to) return undefined;
  const s = source.internals.positionAbsolute;
  const t = target.internals.positionAbsolute;
  const side = (h: typeof from, fallback: Position) => h.position ?? fallback;
  const edgeX = (h: typeof from, at: Position) => (at === Position.Left ? h.x : h.x + h.width);
  const sourcePosition = side(from, Position.Right);
  const targetPosition = side(to, Position.Left);
  const [, x, y] = getBezierPath({
    sourceX: s.x + edgeX(from, sourcePosition),
    sourceY: s.y + from.y + from.height / 2,
    sourcePosition,
    targetX: t.x + edgeX(to, targetPosition),
    targetY: t.y + to.y + to.height / 2,
    targetPosition,
  });
  return { x, y };
}
