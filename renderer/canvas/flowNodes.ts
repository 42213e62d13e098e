/**
 * React Flow nodes derived from the document, its analysis and view state.
 * A node whose inputs to the derivation did not change keeps its object, so
 * React Flow re-renders only the nodes an edit touched.
 */
import type { GraphAnalysis } from '../../core/graph/analyze.ts';
import type { GraphDocument, GraphNode, Position, TensorRef } from '../../core/graph/document.ts';
import { formatShape } from '../../core/graph/shape.ts';
import type { Diagnostic } from '../../core/graph/diagnostics.ts';
import { DiagnosticCode as C } from '../../core/graph/diagnostics.ts';
import type { OpDef } from '../../core/ops/opDef.ts';
import { diagnosticsByNode, graphCostOf } from '../store/analysis.ts';
import type { Size } from '../store/canvasSlice.ts';
import type { OpFlowNode, OutputPort } from './flowTypes.ts';
import { nodeCostText } from './costText.ts';
import { inputPorts } from './ports.ts';

export interface FlowNodeInput {
  doc: GraphDocument;
  analysis: GraphAnalysis;
  selected: ReadonlySet<string>;
  dragPositions: Readonly<Record<string, Position>>;
  measured: Readonly<Record<string, Size>>;
}

export type FlowNodeCache = Map<string, { node: GraphNode; key: string; flow: OpFlowNode }>;

/** The canvas nodes; `cache` carries unchanged nodes over from the previous call. */
export function deriveFlowNodes({ doc, analysis, selected, dragPositions, measured }: FlowNodeInput, cache: FlowNodeCache = new Map()): OpFlowNode[] {
  const diagnostics = diagnosticsByNode(analysis);
  const costs = graphCostOf(analysis).nodes;
  const seen = new Set<string>();
  const out = doc.nodes.map((node) => {
    seen.add(node.id);
    const def = analysis.index.nodes.get(node.id)?.def;
    const types = analysis.types.get(node.id);
    const outputs: OutputPort[] = (def?.outputs ?? []).map((o, i) => ({ name: o.name, shape: types?.[i] ? formatShape(types[i].shape) : '', dtype: types?.[i]?.dtype ?? '' }));
    const inputs = def ? inputPorts(def, node.id, doc.edges) : [];
    const diags = diagnostics.get(node.id) ?? [];
    const missing = def ? missingInputs(def, analysis.index.nodes.get(node.id)!.inputs) : [];
    const data = {
      name: node.name,
      op: node.op,
      category: def?.category,
      inputs,
      outputs,
      errors: diags.filter((d) => d.severity === 'error' && !isUnwired(d)),
      warnings: diags.filter((d) => d.severity === 'warning'),
      missing,
      cost: costs.has(node.id) ? nodeCostText(costs.get(node.id)!) : undefined,
    };
    const flow: OpFlowNode = { id: node.id, type: 'op', position: dragPositions[node.id] ?? node.position, data, selected: selected.has(node.id) };
    if (measured[node.id]) flow.measured = measured[node.id];
    const key = JSON.stringify([flow.position, flow.selected, flow.measured, inputs, outputs, missing, diags.map((d) => d.message), data.cost]);
    const cached = cache.get(node.id);
    if (cached && cached.node === node && cached.key === key) return cached.flow;
    cache.set(node.id, { node, key, flow });
    return flow;
  });
  for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
  return out;
}

/** An input nothing is wired to yet (not a gap in a variadic input, which is a real error). */
function isUnwired(d: Diagnostic): boolean {
  return d.code === C.MissingInput;
}

/** The names of inputs that still need an edge, in the op's order. */
function missingInputs(def: OpDef, inputs: readonly (TensorRef | undefined)[]): string[] {
  const out: string[] = [];
  def.inputs.forEach((spec, i) => {
    if (spec.variadic) {
      if (inputs.length - i < (spec.minCount ?? 1)) out.push(spec.name);
    } else if (inputs[i] === undefined) out.push(spec.name);
  });
  return out;
}
