/**
 * The backward pass as the canvas shows it: the core's training expansion of
 * the session's Minimize (gradient nodes plus one update per variable), kept
 * apart from the document. Derived, never stored or undone, and computed once
 * per document object, so it follows every edit of the forward graph.
 */
import { expandTraining } from '../../core/autodiff/expandTraining.ts';
import { analyze, type GraphAnalysis } from '../../core/graph/analyze.ts';
import type { GraphDocument, GraphEdge, GraphNode } from '../../core/graph/document.ts';

export type GradientView =
  | {
      ok: true;
      /** The expanded document: forward nodes first, then the backward ones. */
      doc: GraphDocument;
      analysis: GraphAnalysis;
      nodes: GraphNode[];
      /** Backward edges, except the updates wired into the Minimize, whose ports the learner never sees. */
      edges: GraphEdge[];
      /** Backward node id -> what it computes, in words, for hover text. */
      explain: Map<string, string>;
      /** Backward node id -> the forward node it differentiates (an update node: the variable it updates). */
      forwardOf: Map<string, string>;
    }
  | { ok: false; reason: string };

const cache = new WeakMap<GraphDocument, GradientView>();

/** The gradient view of `doc`, memoized by the document's identity. */
export function gradientViewOf(doc: GraphDocument): GradientView {
  let view = cache.get(doc);
  if (!view) {
    view = build(doc);
    cache.set(doc, view);
  }
  return view;
}

/** The Minimize whose gradients are shown: the session's train node, else the first Minimize. */
export function trainNode(doc: GraphDocument): GraphNode | undefined {
  const minimizes = doc.nodes.filter((n) => n.op === 'Minimize');
  return minimizes.find((n) => n.id === doc.session?.train) ?? minimizes[0];
}

function build(doc: GraphDocument): GradientView {
  const minimize = trainNode(doc);
  if (!minimize) return { ok: false, reason: 'add a Minimize node on the loss to see its gradients' };
  let expanded;
  try {
    expanded = expandTraining(doc, minimize.id);
  } catch (e) {
    // expandTraining throws FlowboardError with a message written for the learner.
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
  const forwardNodes = new Set(doc.nodes.map((n) => n.id));
  const forwardEdges = new Set(doc.edges.map((e) => e.id));
  const names = new Map(expanded.doc.nodes.map((n) => [n.id, n.name]));
  const nodes = expanded.doc.nodes.filter((n) => !forwardNodes.has(n.id));
  const edges = expanded.doc.edges.filter((e) => !forwardEdges.has(e.id) && e.target !== minimize.id);
  const explain = new Map<string, string>();
  const forwardOf = new Map<string, string>();
  for (const [id, o] of expanded.origin) {
    forwardOf.set(id, o.forwardNode);
    const forward = names.get(o.forwardNode) ?? o.forwardNode;
    explain.set(id, o.input ? `Gradient through input "${o.input}" of "${forward}"` : `Gradient at the output of "${forward}"`);
  }
  for (const [variable, update] of expanded.updates) forwardOf.set(update, variable);
  for (const [variable, update] of expanded.updates) explain.set(update, `Updates "${names.get(variable)}" against its gradient (${String(minimize.attrs.optimizer ?? 'GradientDescent')})`);
  return { ok: true, doc: expanded.doc, analysis: analyze(expanded.doc), nodes, edges, explain, forwardOf };
}
