/**
 * The sweep targets over a net's layers that the Session panel offers beside
 * the attributes: every weight matrix's initializer at once (`initializer`),
 * and each hidden layer's width (`layer1.units`) where Flowboard can tell
 * which shapes follow it.
 */
import type { GraphDocument, GraphNode } from '../../core/graph/document.ts';
import { SWEEP_INITIALIZER_KINDS, weightVariables } from '../../core/sweep/initializerAxis.ts';
import { layerWidth } from '../../core/sweep/layerWidth.ts';
import type { SweepTarget } from './sweepTargets.ts';

/** The initializer kind a Variable's attribute names (randomNormal when it has none). */
export function initializerKindOf(node: GraphNode): string {
  const init = node.attrs.initializer;
  return init && typeof init === 'object' && !Array.isArray(init) && typeof init.kind === 'string' ? init.kind : 'randomNormal';
}

/** `initializer` over every weight matrix, when the graph has one; its value now is their kind when they share one. */
export function allWeightsTarget(doc: GraphDocument): SweepTarget | undefined {
  const weights = weightVariables(doc);
  if (weights.length === 0) return undefined;
  const kinds = new Set(weights.map(initializerKindOf));
  const hint = `Every weight matrix: ${weights.map((w) => w.name).join(', ')}; biases keep theirs.`;
  return { target: 'initializer', group: 'Weights', label: 'initializer', hint, kind: 'choice', options: SWEEP_INITIALIZER_KINDS, current: kinds.size === 1 ? [...kinds][0] : undefined };
}

let cached: { key: string; targets: Map<string, SweepTarget> } | undefined;

/** The width target of weight matrix `node`, or undefined when it is no hidden layer's (or its ties cannot be told). */
export function widthTarget(doc: GraphDocument, node: GraphNode): SweepTarget | undefined {
  // The search analyses the graph a few dozen times: done once per graph structure, not once per render or node drag.
  const key = JSON.stringify([doc.nodes.map((n) => [n.id, n.op, n.name, n.attrs]), doc.edges]);
  if (cached?.key !== key) cached = { key, targets: widthTargets(doc) };
  return cached.targets.get(node.id);
}

function widthTargets(doc: GraphDocument): Map<string, SweepTarget> {
  const weights = weightVariables(doc);
  const out = new Map<string, SweepTarget>();
  for (const w of weights) {
    // Named by its scope when it is the scope's one weight matrix (mnist-nn's layer1), as a learner says it.
    const scope = w.name.includes('/') ? w.name.slice(0, w.name.lastIndexOf('/')) : undefined;
    const layer = scope !== undefined && weights.filter((x) => x.name.startsWith(`${scope}/`)).length === 1 && !doc.nodes.some((n) => n.name === scope) ? scope : w.name;
    const found = layerWidth(doc, layer);
    if (typeof found === 'string') continue;
    const dims = found.dims.map((d) => `${doc.nodes.find((n) => n.id === d.id)!.name}[${d.axis}]`);
    out.set(w.id, { target: `${layer}.units`, group: w.name, label: 'layer width (units)', hint: `Changes ${dims.join(', ')} together.`, kind: 'int', current: found.width });
  }
  return out;
}
