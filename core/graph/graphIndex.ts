/**
 * Indexes a document's nodes and edges: ids, names, op definitions, resolved
 * attrs and each node's ordered inputs. Reports structural problems.
 */
import type { OpDef } from '../ops/opDef.ts';
import { resolveAttrs } from '../ops/attrs.ts';
import { findOp } from '../ops/registry.ts';
import { type Diagnostic, DiagnosticCode as C, error } from './diagnostics.ts';
import type { GraphDocument, GraphEdge, GraphNode, TensorRef } from './document.ts';
import { parseInputSlot } from './document.ts';

export interface IndexedNode {
  node: GraphNode;
  /** Undefined for an unknown op kind. */
  def: OpDef | undefined;
  /** Attrs with defaults filled; invalid values replaced by their defaults. */
  attrs: Record<string, unknown>;
  /** Inputs in the op's order, a variadic input's entries last; undefined where unwired. */
  inputs: (TensorRef | undefined)[];
  /** The edge feeding each entry of `inputs`. */
  inputEdges: (GraphEdge | undefined)[];
  /** Edges leaving this node. */
  outEdges: GraphEdge[];
}

export interface GraphIndex {
  nodes: Map<string, IndexedNode>;
  byName: Map<string, string>;
  diagnostics: Diagnostic[];
}

/** Builds the index; never throws on a structurally typed document. */
export function indexGraph(doc: GraphDocument): GraphIndex {
  const diagnostics: Diagnostic[] = [];
  const nodes = new Map<string, IndexedNode>();
  const byName = new Map<string, string>();

  for (const node of doc.nodes) {
    const first = nodes.get(node.id);
    if (first) {
      diagnostics.push(error(C.DuplicateId, `"${node.name}" has the same id "${node.id}" as "${first.node.name}"; the second was ignored`, { nodeId: node.id, fix: 'give each node its own id' }));
      continue;
    }
    const def = findOp(node.op);
    if (!def) diagnostics.push(error(C.UnknownOp, `node "${node.name}" has unknown op "${clip(node.op)}"`, { nodeId: node.id, fix: 'pick an op from the palette' }));
    const { values, problems } = def ? resolveAttrs(def.attrs, node.attrs) : { values: {}, problems: [] };
    for (const p of problems)
      diagnostics.push(error(C.BadAttr, `${node.op} "${node.name}": attribute ${p.attr} ${p.message}`, { nodeId: node.id, fix: `correct ${p.attr} in the properties panel` }));
    const variadic = def?.inputs.some((i) => i.variadic) ?? false;
    const fixed = def ? def.inputs.length - (variadic ? 1 : 0) : 0;
    nodes.set(node.id, { node, def, attrs: values, inputs: new Array(fixed).fill(undefined), inputEdges: new Array(fixed).fill(undefined), outEdges: [] });
    const prior = byName.get(node.name);
    if (prior !== undefined)
      diagnostics.push(error(C.DuplicateName, `two nodes are named "${node.name}"`, { nodeId: node.id, fix: 'rename one of them' }));
    else byName.set(node.name, node.id);
  }

  const variadicEntries = new Map<string, Map<number, GraphEdge>>();
  const edgeIds = new Set<string>();
  for (const edge of doc.edges) {
    if (edgeIds.has(edge.id)) {
      const into = nodes.get(edge.target)?.node.name ?? edge.target;
      diagnostics.push(error(C.DuplicateId, `the edge into "${into}" has the same id "${edge.id}" as another edge`, { edgeId: edge.id, nodeId: nodes.has(edge.target) ? edge.target : undefined, fix: 'give each edge its own id' }));
    }
    edgeIds.add(edge.id);
    wireEdge(edge, nodes, variadicEntries, diagnostics);
  }
  for (const [nodeId, entries] of variadicEntries) placeVariadic(nodes.get(nodeId)!, entries, diagnostics);
  for (const entry of nodes.values()) reportMissing(entry, variadicEntries.has(entry.node.id), diagnostics);
  return { nodes, byName, diagnostics };
}

function wireEdge(edge: GraphEdge, nodes: Map<string, IndexedNode>, variadicEntries: Map<string, Map<number, GraphEdge>>, out: Diagnostic[]): void {
  const src = nodes.get(edge.source);
  const dst = nodes.get(edge.target);
  if (!src || !dst) {
    out.push(error(C.DanglingEdge, danglingMessage(edge, src, dst), { edgeId: edge.id, nodeId: dst?.node.id ?? src?.node.id, fix: 'delete the edge or restore the node' }));
    return;
  }
  if (src.def && !src.def.outputs.some((o) => o.name === edge.sourceOutput)) {
    out.push(error(C.UnknownOutput, `${src.node.op} "${src.node.name}" has no output "${edge.sourceOutput}"`, { edgeId: edge.id, nodeId: src.node.id, fix: `use one of: ${src.def.outputs.map((o) => o.name).join(', ') || '(none)'}` }));
    return;
  }
  src.outEdges.push(edge);
  if (!dst.def) return;
  const slot = parseInputSlot(edge.targetInput);
  const spec = slot ? dst.def.inputs.findIndex((i) => i.name === slot.name) : -1;
  const isVariadic = spec >= 0 && dst.def.inputs[spec].variadic === true;
  if (!slot || spec < 0 || (!isVariadic && edge.targetInput.includes(':'))) {
    const names = dst.def.inputs.map((i) => (i.variadic ? `${i.name}:N` : i.name)).join(', ') || '(none)';
    out.push(error(C.UnknownInput, `${dst.node.op} "${dst.node.name}" has no input "${edge.targetInput}"`, { edgeId: edge.id, nodeId: dst.node.id, fix: `connect to one of: ${names}` }));
    return;
  }
  const ref = { node: edge.source, output: edge.sourceOutput };
  if (isVariadic) {
    let entries = variadicEntries.get(dst.node.id);
    if (!entries) variadicEntries.set(dst.node.id, (entries = new Map()));
    if (entries.has(slot.index)) return duplicate(dst, edge, out);
    entries.set(slot.index, edge);
    return;
  }
  if (dst.inputs[spec] !== undefined) return duplicate(dst, edge, out);
  dst.inputs[spec] = ref;
  dst.inputEdges[spec] = edge;
}

/** Names the node that is still there, so the message points at something on the canvas. */
function danglingMessage(edge: GraphEdge, src: IndexedNode | undefined, dst: IndexedNode | undefined): string {
  if (dst) return `input "${edge.targetInput}" of "${dst.node.name}" is wired from a missing node "${edge.source}" (edge "${edge.id}")`;
  if (src) return `"${src.node.name}" is wired to a missing node "${edge.target}" (edge "${edge.id}")`;
  return `edge "${edge.id}" joins two missing nodes, "${edge.source}" and "${edge.target}"`;
}

/** Op kinds are short; a long one is garbage, and the message need not repeat all of it. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function duplicate(dst: IndexedNode, edge: GraphEdge, out: Diagnostic[]): void {
  out.push(error(C.DuplicateInput, `input "${edge.targetInput}" of "${dst.node.name}" has two edges`, { edgeId: edge.id, nodeId: dst.node.id, fix: 'delete one of the edges' }));
}

function placeVariadic(entry: IndexedNode, entries: Map<number, GraphEdge>, out: Diagnostic[]): void {
  const indices = [...entries.keys()].sort((a, b) => a - b);
  const gap = indices.findIndex((index, i) => index !== i);
  if (gap >= 0)
    out.push(error(C.InputGap, `"${entry.node.name}" has a gap in its variadic input: slot ${gap} is empty`, { nodeId: entry.node.id, fix: 'renumber the inputs from 0 without gaps' }));
  for (const index of indices) {
    const edge = entries.get(index)!;
    entry.inputs.push({ node: edge.source, output: edge.sourceOutput });
    entry.inputEdges.push(edge);
  }
}

function reportMissing(entry: IndexedNode, hasVariadic: boolean, out: Diagnostic[]): void {
  const def = entry.def;
  if (!def) return;
  def.inputs.forEach((spec, i) => {
    if (spec.variadic) {
      const count = hasVariadic ? entry.inputs.length - i : 0;
      const min = spec.minCount ?? 1;
      if (count < min)
        out.push(error(C.MissingInput, `${def.kind} "${entry.node.name}" needs at least ${min} ${spec.name} input${min === 1 ? '' : 's'}, has ${count}`, { nodeId: entry.node.id, fix: `connect tensors to ${spec.name}` }));
    } else if (entry.inputs[i] === undefined) {
      out.push(error(C.MissingInput, `${def.kind} "${entry.node.name}" has nothing connected to input "${spec.name}"`, { nodeId: entry.node.id, fix: `connect a tensor to ${spec.name}: ${spec.doc}` }));
    }
  });
}
