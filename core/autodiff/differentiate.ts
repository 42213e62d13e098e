/**
 * Symbolic reverse-mode autodiff whose backward pass is made of real graph
 * nodes (TF1's `tf.gradients`). Like micrograd's `backward()`: order the nodes
 * between the variables and the loss topologically, seed the loss with ones,
 * then walk the order in reverse, asking each op's gradient to add the nodes
 * that pass the gradient on to its inputs. Gradients meeting at a tensor that
 * feeds several nodes are summed by an AddN. The result is an ordinary graph
 * that the same compiler and kernels run, so every gradient can be shown.
 */
import { analyze, type GraphAnalysis, typeOf } from '../graph/analyze.ts';
import { type Diagnostic, DiagnosticCode, FlowboardError, formatDiagnostic } from '../graph/diagnostics.ts';
import type { GraphDocument, TensorRef } from '../graph/document.ts';
import { checkGradType } from './checkGrad.ts';
import { GradBuilder, type GradOrigin } from './gradBuilder.ts';
import type { GradContext } from './gradient.ts';
import { blockedNote, stoppedNote, unreachableNote } from './notes.ts';
import { ancestors, between } from './paths.ts';
import { findGradient, nonDifferentiableReason } from './registry.ts';

export interface Differentiation {
  /** The input document plus the backward nodes and edges. */
  doc: GraphDocument;
  /** Variable node id -> its gradient; undefined when the loss does not depend on it differentiably. */
  gradients: Map<string, TensorRef | undefined>;
  /** Backward node id -> the forward node (and input) it differentiates, for hover text. */
  origin: Map<string, GradOrigin>;
  /** Where gradient flow stopped, and variables that got no gradient. */
  notes: Diagnostic[];
}

export interface DifferentiateOptions {
  /** The gradient fed in at the loss instead of ones (TF1's `grad_ys`); must have the loss's shape. */
  lossGradient?: TensorRef;
}

/**
 * Adds the gradient of `loss` with respect to each of `variables` (node ids;
 * by default every trainable Variable the loss depends on) to the graph. A
 * non-scalar loss is summed, as in TF1. Throws FlowboardError when the part of
 * the graph the loss depends on has errors, or the loss is not float32.
 * Given the document's analysis (made without a memory budget), it analyses nothing again.
 */
export function differentiate(graph: GraphDocument | GraphAnalysis, loss: TensorRef, variables?: readonly string[], options: DifferentiateOptions = {}): Differentiation {
  const analysis = 'index' in graph ? graph : analyze(graph);
  const { doc, index } = analysis;
  const lossNode = index.nodes.get(loss.node)?.node;
  if (!lossNode) throw new FlowboardError(`cannot differentiate: the loss "${loss.node}" is not a node of the graph`);
  const upstream = ancestors(index, loss.node);
  assertValid(analysis, upstream, lossNode.name);
  const lossType = typeOf(analysis, loss);
  if (!lossType) throw new FlowboardError(`cannot differentiate: ${lossNode.op} "${lossNode.name}" has no output "${loss.output}"`, loss.node);
  if (lossType.dtype !== 'float32')
    throw new FlowboardError(`cannot differentiate ${lossNode.op} "${lossNode.name}": it is ${lossType.dtype}, and only a float32 loss has gradients; Cast it to float32 or pick a float32 loss`, loss.node);

  const xs = variables ?? defaultVariables(analysis, upstream);
  for (const id of xs) if (!index.nodes.has(id)) throw new FlowboardError(`cannot differentiate with respect to "${id}": no such node`);
  const sources = new Set(xs);
  const order = between(index, analysis.order, sources, upstream);
  const onPath = new Set(order);

  const b = new GradBuilder(analysis);
  const pending = new Map<string, TensorRef[]>();
  const add = (ref: TensorRef, grad: TensorRef) => {
    const key = `${ref.node}\u0000${ref.output}`;
    pending.set(key, [...(pending.get(key) ?? []), grad]);
  };
  b.at(loss.node);
  const seed = options.lossGradient ?? b.op('OnesLike', { x: loss }, {}, 'Fill');
  checkGradType(lossNode, loss.output, b.typeOf(seed), lossType);
  add(loss, seed);

  const gradients = new Map<string, TensorRef | undefined>();
  const notes: Diagnostic[] = [];
  const stops: string[] = [];
  for (const id of [...order].reverse()) {
    const entry = index.nodes.get(id)!;
    const def = entry.def!;
    b.at(id);
    const dys = def.outputs.map((o) => sum(b, pending.get(`${id}\u0000${o.name}`)));
    if (dys.every((d) => d === undefined)) continue;
    if (sources.has(id)) gradients.set(id, dys[0]);
    const needed = entry.inputs.map((ref) => ref !== undefined && onPath.has(ref.node));
    if (!needed.some(Boolean)) continue;
    const gradient = findGradient(def.kind);
    if (!gradient) {
      const reason = nonDifferentiableReason(def.kind);
      if (reason === undefined)
        throw new FlowboardError(`${def.kind} "${entry.node.name}" has no gradient yet, so nothing before it can be trained; add core/autodiff/${def.kind}_grad.ts (see docs/adding-an-op.md)`, id);
      notes.push(stoppedNote(entry.node, reason));
      stops.push(entry.node.name);
      continue;
    }
    let stopReason: string | undefined;
    const x = entry.inputs as TensorRef[];
    const y = def.outputs.map((o) => ({ node: id, output: o.name }));
    const filled = dys.map((d, i) => d ?? b.op('ZerosLike', { x: y[i] }));
    const ctx: GradContext = {
      b,
      node: entry.node,
      attrs: entry.attrs as GradContext['attrs'],
      x,
      xTypes: x.map((ref) => b.typeOf(ref)),
      y,
      yTypes: y.map((ref) => b.typeOf(ref)),
      dy: filled[0],
      dys: filled,
      stop: (reason) => void (stopReason = reason),
    };
    const thunks = gradient.grad(ctx);
    if (thunks.length !== x.length) throw b.fail(`returned ${thunks.length} gradients for ${x.length} inputs`);
    x.forEach((ref, i) => {
      if (!needed[i]) return;
      const slot = entry.inputEdges[i]?.targetInput ?? def.inputs[i].name;
      b.at(id, slot);
      stopReason = undefined;
      const grad = thunks[i]();
      if (grad === undefined) {
        notes.push(stoppedNote(entry.node, stopReason ?? `no gradient flows to its input ${slot}`));
        stops.push(entry.node.name);
        return;
      }
      checkGradType(entry.node, slot, b.typeOf(grad), ctx.xTypes[i]);
      add(ref, grad);
    });
  }

  const ordered = new Map<string, TensorRef | undefined>();
  for (const id of xs) {
    ordered.set(id, gradients.get(id));
    if (gradients.has(id)) continue;
    const node = index.nodes.get(id)!.node;
    notes.push(upstream.has(id) ? blockedNote(node, lossNode, stops) : unreachableNote(node, lossNode));
  }
  return {
    doc: { ...doc, nodes: [...doc.nodes, ...b.nodes], edges: [...doc.edges, ...b.edges] },
    gradients: ordered,
    origin: b.origin,
    notes,
  };
}

/** The sum of the gradients reaching one tensor: itself if one, an AddN if several. */
function sum(b: GradBuilder, grads: TensorRef[] | undefined): TensorRef | undefined {
  if (!grads || grads.length === 0) return undefined;
  return grads.length === 1 ? grads[0] : b.op('AddN', { inputs: grads });
}

/** Trainable Variables the loss depends on, in document order. */
function defaultVariables(analysis: GraphAnalysis, upstream: ReadonlySet<string>): string[] {
  return analysis.doc.nodes
    .filter((n) => n.op === 'Variable' && upstream.has(n.id) && analysis.index.nodes.get(n.id)!.attrs.trainable !== false)
    .map((n) => n.id);
}

function assertValid(analysis: GraphAnalysis, upstream: ReadonlySet<string>, lossName: string): void {
  // Bound data that does not fit is the session's problem, not the graph's: its gradients still exist (training refuses the data).
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error' && d.code !== DiagnosticCode.BadBinding && d.nodeId !== undefined && upstream.has(d.nodeId));
  if (errors.length === 0) return;
  const name = (id: string) => analysis.index.nodes.get(id)?.node.name;
  throw new FlowboardError(`cannot differentiate "${lossName}": the graph it depends on has errors:\n${errors.map((d) => formatDiagnostic(d, name)).join('\n')}`, errors[0].nodeId);
}
