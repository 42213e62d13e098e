/**
 * What every exporter needs from a document: its nodes in dependency order
 * with resolved attrs, an identifier per node, each node's inputs by name,
 * the session's train node and its loss, and the variables it trains. Graphs
 * that cannot be exported as drawn (validation errors, training-graph nodes)
 * are refused here with the reason.
 */
import { analyze, type GraphAnalysis } from '../../graph/analyze.ts';
import { formatDiagnostic } from '../../graph/diagnostics.ts';
import type { GraphDocument, SessionConfig, TensorRef } from '../../graph/document.ts';
import type { IndexedNode } from '../../graph/graphIndex.ts';
import type { TensorType } from '../../graph/shape.ts';
import type { OpKind } from '../../ops/opKinds.ts';
import { opSeeds } from '../../random/opSeeds.ts';
import { ExportError } from './exportError.ts';
import { identifiersFor, reservedWords } from './identifiers.ts';

export interface ExportNode {
  id: string;
  /** The node's kind (analysis has found its definition, so it is a known one). */
  op: OpKind;
  name: string;
  /** Attrs with defaults filled in. */
  attrs: Record<string, unknown>;
  /** The identifier generated code uses for its (first) output. */
  ident: string;
  /** Input identifiers by input name; a variadic input is a list. */
  inputs: Record<string, string | string[]>;
  /** Output types, when inference knows them. */
  types: TensorType[];
  /** A random node's op seed (given, or counted as TF counts ops without one): exports write it as `seed=`, so they draw what Flowboard draws. */
  opSeed?: number;
}

export interface ExportGraph {
  doc: GraphDocument;
  analysis: GraphAnalysis;
  /** Every node, inputs before the nodes that use them. */
  nodes: ExportNode[];
  byId: Map<string, ExportNode>;
  session: SessionConfig | undefined;
  /** The Minimize the session trains (or the only one), and the node whose output it minimises. */
  train?: ExportNode;
  loss?: ExportNode;
  /** Trainable Variables the loss depends on: what the optimizer updates. */
  trained: ExportNode[];
  /** The graph seed Flowboard runs with: the session's, else 0. */
  graphSeed: number;
}

/** Prepares a document for export; throws ExportError when it has errors or nodes no exporter can write. */
export function exportGraph(doc: GraphDocument, ownNames: readonly string[], allowedOutputs: (op: string, output: string) => boolean = (_op, output) => output !== 'mask'): ExportGraph {
  const analysis = analyze(doc);
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  const name = (id: string) => analysis.index.nodes.get(id)?.node.name;
  if (errors.length > 0) throw new ExportError(`the graph has errors; fix them first:\n${errors.map((d) => formatDiagnostic(d, name)).join('\n')}`);
  const entries = documentOrder(analysis).map((id) => analysis.index.nodes.get(id)!);
  for (const e of entries) {
    if (e.def?.category === 'internal' && e.node.op !== 'AddN')
      throw new ExportError(`"${e.node.name}" is a ${e.node.op} node, which training adds by itself; export the graph as drawn, without gradient and update nodes`, e.node.id);
    for (const edge of e.outEdges)
      if (!allowedOutputs(e.node.op, edge.sourceOutput))
        throw new ExportError(`"${e.node.name}"'s output ${edge.sourceOutput} is wired to "${name(edge.target)}", and exported code can use only its main output`, e.node.id);
  }
  const idents = identifiersFor(entries.map((e) => e.node.name), reservedWords(ownNames));
  const byId = new Map<string, ExportNode>();
  const seeds = opSeeds(doc.nodes);
  const nodes = entries.map((e, i) => {
    const n: ExportNode = { id: e.node.id, op: e.def!.kind, name: e.node.name, attrs: e.attrs, ident: idents[i], inputs: {}, types: analysis.types.get(e.node.id) ?? [] };
    const seed = seeds.get(e.node.id);
    if (seed !== undefined) n.opSeed = seed;
    byId.set(n.id, n);
    return n;
  });
  for (const n of nodes) n.inputs = inputsOf(analysis.index.nodes.get(n.id)!, byId);
  const session = doc.session;
  const minimizes = nodes.filter((n) => n.op === 'Minimize');
  const train = session?.train !== undefined ? byId.get(session.train) : minimizes.length === 1 ? minimizes[0] : undefined;
  const lossRef = train && analysis.index.nodes.get(train.id)!.inputs[0];
  const loss = lossRef ? byId.get(lossRef.node) : undefined;
  const trained = lossRef ? trainedVariables(analysis, lossRef, byId) : [];
  return { doc, analysis, nodes, byId, session, ...(train ? { train } : {}), ...(loss ? { loss } : {}), trained, graphSeed: session?.seed ?? 0 };
}

/**
 * A topological order that keeps the document's order wherever it can, so
 * code imported from Python is written back in the order it was written.
 */
function documentOrder(analysis: GraphAnalysis): string[] {
  const position = new Map(analysis.doc.nodes.map((n, i) => [n.id, i]));
  const pending = new Map<string, number>();
  const consumers = new Map<string, string[]>();
  for (const id of analysis.order) {
    const deps = new Set((analysis.index.nodes.get(id)!.inputs ?? []).filter((r) => r !== undefined).map((r) => r!.node));
    pending.set(id, deps.size);
    for (const d of deps) (consumers.get(d) ?? consumers.set(d, []).get(d)!).push(id);
  }
  const ready = analysis.order.filter((id) => pending.get(id) === 0);
  const out: string[] = [];
  while (ready.length > 0) {
    let best = 0;
    for (let i = 1; i < ready.length; i++) if (position.get(ready[i])! < position.get(ready[best])!) best = i;
    const [id] = ready.splice(best, 1);
    out.push(id);
    for (const c of consumers.get(id) ?? []) {
      pending.set(c, pending.get(c)! - 1);
      if (pending.get(c) === 0) ready.push(c);
    }
  }
  return out;
}

function inputsOf(entry: IndexedNode, byId: Map<string, ExportNode>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const specs = entry.def?.inputs ?? [];
  const fixed = specs.filter((s) => !s.variadic);
  fixed.forEach((spec, i) => {
    const ref = entry.inputs[i];
    if (ref) out[spec.name] = byId.get(ref.node)!.ident;
  });
  const variadic = specs.find((s) => s.variadic);
  if (variadic) out[variadic.name] = entry.inputs.slice(fixed.length).map((ref) => byId.get(ref!.node)!.ident);
  return out;
}

/** Trainable Variables upstream of the loss, in graph order (what Minimize updates). */
function trainedVariables(analysis: GraphAnalysis, loss: TensorRef, byId: Map<string, ExportNode>): ExportNode[] {
  const seen = new Set<string>();
  const stack = [loss.node];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const ref of analysis.index.nodes.get(id)?.inputs ?? []) if (ref) stack.push(ref.node);
  }
  return analysis.order.filter((id) => seen.has(id)).map((id) => byId.get(id)!).filter((n) => n.op === 'Variable' && n.attrs.trainable !== false);
}

/** The ids of every node `id` depends on, itself included. */
export function ancestors(g: ExportGraph, id: string): Set<string> {
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const cur = stack.pop()!;
    if (seen.has(cur)) continue;
    seen.add(cur);
    for (const ref of g.analysis.index.nodes.get(cur)?.inputs ?? []) if (ref) stack.push(ref.node);
  }
  return seen;
}

/** A placeholder is fed in mini-batches when its first dimension is `?` and its data has examples along it (as the Trainer does). */
export function isBatched(g: ExportGraph, placeholder: ExportNode, value: unknown): boolean {
  const shape = placeholder.types[0]?.shape;
  return shape != null && shape.length > 0 && shape[0] === null && Array.isArray(value);
}
