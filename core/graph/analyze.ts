/**
 * Validate and infer: the one pass that runs on every edit. Indexes the
 * document, orders it, infers every shape and checks the session.
 */
import { type Diagnostic, DiagnosticCode as C, error, warning } from './diagnostics.ts';
import type { GraphDocument, TensorRef } from './document.ts';
import { checkBindings } from './checkBindings.ts';
import { checkImages } from './checkImages.ts';
import { type GraphIndex, indexGraph } from './graphIndex.ts';
import { memoryDiagnostics } from './memory.ts';
import { inferTypes } from './inferTypes.ts';
import type { TensorType } from './shape.ts';
import { nodesOnCycles, topoSort } from './topoSort.ts';

export interface GraphAnalysis {
  doc: GraphDocument;
  index: GraphIndex;
  /** Acyclic nodes in topological order. */
  order: string[];
  /** Output types of every node whose types are known. */
  types: Map<string, TensorType[]>;
  diagnostics: Diagnostic[];
}

export interface AnalyzeOptions {
  /** Bytes the tensors may take (core/graph/memory.ts); without it only the per-tensor element limit is checked. */
  memoryBudget?: number;
}

/** Validates a structurally typed document and infers all shapes. Never throws. */
export function analyze(doc: GraphDocument, options: AnalyzeOptions = {}): GraphAnalysis {
  const index = indexGraph(doc);
  const diagnostics = [...index.diagnostics];
  const { order, cyclic } = topoSort(index.nodes.keys(), (id) => predecessorIds(index, id));
  for (const id of nodesOnCycles(cyclic, (n) => predecessorIds(index, n))) {
    const name = index.nodes.get(id)!.node.name;
    diagnostics.push(error(C.Cycle, `"${name}" is part of a cycle: its output flows back into its own input`, { nodeId: id, fix: 'delete one edge of the loop; a dataflow graph cannot feed itself' }));
  }
  const types = inferTypes(index, order, diagnostics);
  checkSession(doc, index, diagnostics);
  if (doc.session) checkBindings(doc.session, index, types, diagnostics);
  if (doc.session) checkImages(doc.session, index, types, diagnostics);
  const analysis = { doc, index, order, types, diagnostics };
  diagnostics.push(...memoryDiagnostics(analysis, options.memoryBudget));
  return analysis;
}

/** The static type of one tensor, if known. */
export function typeOf(analysis: GraphAnalysis, ref: TensorRef): TensorType | undefined {
  const def = analysis.index.nodes.get(ref.node)?.def;
  if (!def) return undefined;
  return analysis.types.get(ref.node)?.[def.outputs.findIndex((o) => o.name === ref.output)];
}

function* predecessorIds(index: GraphIndex, id: string): Iterable<string> {
  for (const ref of index.nodes.get(id)!.inputs) if (ref) yield ref.node;
}

function checkSession(doc: GraphDocument, index: GraphIndex, out: Diagnostic[]): void {
  const session = doc.session;
  const fed = new Set([...Object.keys(session?.feeds ?? {}), ...Object.keys(session?.evalFeeds ?? {})]);
  if (session) {
    if (session.train !== undefined) {
      const t = index.nodes.get(session.train);
      if (!t) out.push(error(C.BadSession, `the session trains node "${session.train}", which does not exist`, { fix: 'pick the Minimize node as the train node' }));
      else if (t.node.op !== 'Minimize') out.push(error(C.BadSession, `the session trains "${t.node.name}", a ${t.node.op}; only a Minimize node is a training step`, { nodeId: t.node.id, fix: 'pick the Minimize node as the train node' }));
    }
    for (const f of session.fetches) {
      const n = index.nodes.get(f.node);
      if (!n) out.push(error(C.BadSession, `the session logs node "${f.node}", which does not exist`, { fix: 'remove the fetch or pick an existing node' }));
      else if (f.output !== undefined && n.def && !n.def.outputs.some((o) => o.name === f.output))
        out.push(error(C.BadSession, `the session logs output "${f.output}" of "${n.node.name}", which has no such output`, { nodeId: n.node.id, fix: `log one of: ${n.def.outputs.map((o) => o.name).join(', ')}` }));
    }
    for (const id of fed) {
      const n = index.nodes.get(id);
      if (!n) out.push(error(C.BadSession, `the session feeds node "${id}", which does not exist`, { fix: 'remove the feed or bind it to an existing Placeholder' }));
      else if (n.node.op !== 'Placeholder') out.push(error(C.BadSession, `the session feeds "${n.node.name}", a ${n.node.op}; only Placeholders are fed`, { nodeId: id, fix: 'bind the data to a Placeholder and wire it where the data should go' }));
    }
  }
  for (const entry of index.nodes.values()) {
    if (entry.node.op === 'Placeholder' && !fed.has(entry.node.id))
      out.push(warning(C.PlaceholderNotFed, `Placeholder "${entry.node.name}" has no data bound to it`, { nodeId: entry.node.id, fix: 'bind data to it in the session, or feed it when you run' }));
  }
}
