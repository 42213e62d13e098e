/**
 * Which ports a link being dragged could end on, for highlighting them: the
 * same verdict as checkConnection (no cycle, no new shape or dtype error at
 * the node fed), but re-inferring only the node fed instead of the whole
 * graph, so it stays fast for every port of a 500-node graph.
 */
import { type GraphAnalysis, typeOf } from '../../core/graph/analyze.ts';
import { DiagnosticCode as C } from '../../core/graph/diagnostics.ts';
import { parseInputSlot, type TensorRef } from '../../core/graph/document.ts';
import type { TensorType } from '../../core/graph/shape.ts';
import { isFailure, type OpDef } from '../../core/ops/opDef.ts';
import { inputPorts } from '../canvas/ports.ts';
import { diagnosticsByNode } from './analysis.ts';
import type { PortRef } from './commands/addWiredNode.ts';

/** The key of one port in the returned set. */
export function portKey(nodeId: string, port: string): string {
  return `${nodeId}\u0000${port}`;
}

/** Every port a link from `from` may connect to: inputs for a link from an output, outputs for one from an input. */
export function connectionTargets(analysis: GraphAnalysis, from: PortRef): Set<string> {
  const out = new Set<string>();
  const { doc, index } = analysis;
  if (from.type === 'source') {
    const cyclic = reachable(analysis, from.nodeId, 'up');
    const ref = { node: from.nodeId, output: from.port };
    for (const node of doc.nodes) {
      const def = index.nodes.get(node.id)?.def;
      if (!def || cyclic.has(node.id)) continue;
      for (const p of inputPorts(def, node.id, doc.edges)) if (fits(analysis, ref, node.id, p.slot)) out.add(portKey(node.id, p.slot));
    }
  } else {
    const cyclic = reachable(analysis, from.nodeId, 'down');
    for (const node of doc.nodes) {
      const def = index.nodes.get(node.id)?.def;
      if (!def || cyclic.has(node.id)) continue;
      for (const o of def.outputs) if (fits(analysis, { node: node.id, output: o.name }, from.nodeId, from.port)) out.add(portKey(node.id, o.name));
    }
  }
  return out;
}

/** `start` and the nodes upstream (feeding it) or downstream (fed by it). */
function reachable(analysis: GraphAnalysis, start: string, way: 'up' | 'down'): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const entry = analysis.index.nodes.get(id);
    if (!entry) continue;
    const next = way === 'up' ? entry.inputs.flatMap((r) => (r ? [r.node] : [])) : entry.outEdges.map((e) => e.target);
    stack.push(...next);
  }
  return seen;
}

/** Whether feeding `ref` into `slot` of `target` leaves the target without a new shape or dtype error. */
function fits(analysis: GraphAnalysis, ref: TensorRef, target: string, slot: string): boolean {
  const entry = analysis.index.nodes.get(target)!;
  const def = entry.def!;
  const parsed = parseInputSlot(slot);
  const specIndex = def.inputs.findIndex((i) => i.name === parsed?.name);
  if (!parsed || specIndex < 0) return false;
  const inputs = [...entry.inputs];
  if (def.inputs[specIndex].variadic) {
    const at = specIndex + parsed.index;
    if (at < inputs.length) inputs[at] = ref;
    else inputs.push(ref);
  } else inputs[specIndex] = ref;
  const types: TensorType[] = [];
  for (const r of inputs) {
    const t = r && typeOf(analysis, r);
    // An input still unknown (unwired, or broken upstream) means nothing is inferred here yet.
    if (!t) return true;
    types.push(t);
  }
  const last = def.inputs[def.inputs.length - 1];
  if (last?.variadic && types.length - (def.inputs.length - 1) < (last.minCount ?? 1)) return true;
  const problem = typeProblem(def, entry.attrs, entry.node.name, types);
  if (problem === undefined) return true;
  // A node already broken in the same way is not made worse by the link.
  const before = diagnosticsByNode(analysis).get(target) ?? [];
  return before.some((d) => (d.code === C.ShapeMismatch || d.code === C.DTypeMismatch) && d.message === problem);
}

/** The message core's inference gives for these input types, or undefined when they work. */
function typeProblem(def: OpDef, attrs: Record<string, unknown>, name: string, types: TensorType[]): string | undefined {
  for (let i = 0; i < types.length; i++) {
    const spec = def.inputs[Math.min(i, def.inputs.length - 1)];
    if (spec.dtypes && !spec.dtypes.includes(types[i].dtype)) return `${def.kind} "${name}": input ${spec.name} must be ${spec.dtypes.join(' or ')}, got ${types[i].dtype}`;
  }
  let result;
  try {
    result = def.infer({ attrs: attrs as never, in: types, nodeName: name });
  } catch (e) {
    return `"${name}": ${def.kind} could not infer its shape: ${(e as Error).message}`;
  }
  // A bad attr is reported against the attr, not the link; the full check does not refuse for it either.
  return isFailure(result) && result.code !== 'BAD_ATTR' ? `"${name}": ${result.message}` : undefined;
}
