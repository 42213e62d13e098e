/**
 * TF1's `optimizer.minimize(cost)` as graph nodes: compute_gradients (the
 * backward pass from `differentiate`) plus apply_gradients (one ApplyGradient
 * per variable, named `<minimize>/update_<variable>/Apply<Optimizer>` as TF1
 * names them), all wired into the Minimize's `updates` so running it runs the
 * whole step.
 *
 * It lives in autodiff, not compile, because it only edits the document: no
 * tfjs, so the canvas can show the training graph without loading a backend.
 */
import { analyze, type GraphAnalysis } from '../graph/analyze.ts';
import { type Diagnostic, FlowboardError, formatDiagnostic } from '../graph/diagnostics.ts';
import type { Attrs, AttrValue, GraphDocument, GraphEdge, GraphNode, TensorRef } from '../graph/document.ts';
import { variadicSlot } from '../graph/document.ts';
import { OPTIMIZER_SETTINGS, type OptimizerKind, type OptimizerSettings } from '../ops/optimizerAttrs.ts';
import { differentiate, type Differentiation } from './differentiate.ts';

export interface TrainingGraph {
  /** The document plus the backward nodes and the update nodes; it analyzes without errors. */
  doc: GraphDocument;
  /** The Minimize node's id. */
  minimize: string;
  /** The loss the Minimize minimises. */
  loss: TensorRef;
  /** Trained variable id -> its gradient, for every variable the Minimize updates. */
  gradients: Map<string, TensorRef>;
  /** Trained variable id -> its ApplyGradient node id. */
  updates: Map<string, string>;
  /** Backward node id -> the forward node it differentiates. */
  origin: Differentiation['origin'];
  /** Warnings: variables left untrained, and where gradient flow stopped. */
  notes: Diagnostic[];
}

/** Vertical distance between the Minimize and its row of update nodes. */
const ROW = 120;
/** Horizontal distance between neighbouring update nodes. */
const COLUMN = 220;

/**
 * Expands the Minimize `minimizeId` into its training graph. Throws
 * FlowboardError, naming the node and the fix, when it cannot train anything.
 * Given the document's analysis (made without a memory budget), it analyses nothing again.
 */
export function expandTraining(graph: GraphDocument | GraphAnalysis, minimizeId: string): TrainingGraph {
  const analysis = 'index' in graph ? graph : analyze(graph);
  const entry = analysis.index.nodes.get(minimizeId);
  if (!entry || entry.node.op !== 'Minimize')
    throw new FlowboardError(`cannot train "${minimizeId}": ${entry ? `it is a ${entry.node.op}, not a Minimize` : 'no such node'}; pick the Minimize node as the train node`, entry?.node.id);
  const minimize = entry.node;
  assertUsable(analysis, minimize);
  const loss = entry.inputs[0]!;
  if (entry.inputs.length > 1)
    throw new FlowboardError(`Minimize "${minimize.name}" is already expanded: its updates are wired; expand the document as drawn, without update nodes`, minimize.id);

  const diff = differentiate(analysis, loss);
  const lossName = analysis.index.nodes.get(loss.node)!.node.name;
  if (diff.gradients.size === 0)
    throw new FlowboardError(
      `Minimize "${minimize.name}" has nothing to train: its loss "${lossName}" depends on no trainable Variable. Compute the loss from the model's Variables (weights and biases), or make them trainable.`,
      minimize.id,
    );
  const gradients = new Map<string, TensorRef>();
  for (const [id, g] of diff.gradients) if (g) gradients.set(id, g);
  if (gradients.size === 0) {
    const why = diff.notes.map((d) => `  ${formatDiagnostic(d)}`).join('\n');
    throw new FlowboardError(`Minimize "${minimize.name}" gets no gradient for any variable (TF1: "No gradients provided for any variable"):\n${why}`, minimize.id);
  }

  const settings = entry.attrs as unknown as OptimizerSettings;
  const fresh = new FreshIds(diff.doc);
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const updates = new Map<string, string>();
  let i = 0;
  for (const [variableId, gradient] of gradients) {
    const variable = analysis.index.nodes.get(variableId)!.node;
    const id = fresh.id(`${minimize.id}/update:${i}`);
    nodes.push({
      id,
      op: 'ApplyGradient',
      name: fresh.name(`${minimize.name}/update_${variable.name}/Apply${settings.optimizer}`),
      attrs: copiedAttrs(settings),
      position: { x: minimize.position.x + (i - (gradients.size - 1) / 2) * COLUMN, y: minimize.position.y + ROW },
    });
    edges.push(
      { id: fresh.id(`${id}:variable`), source: variableId, sourceOutput: 'value', target: id, targetInput: 'variable' },
      { id: fresh.id(`${id}:gradient`), source: gradient.node, sourceOutput: gradient.output, target: id, targetInput: 'gradient' },
      { id: fresh.id(`${id}:updated`), source: id, sourceOutput: 'updated', target: minimize.id, targetInput: variadicSlot('updates', i) },
    );
    updates.set(variableId, id);
    i++;
  }
  return {
    doc: { ...diff.doc, nodes: [...diff.doc.nodes, ...nodes], edges: [...diff.doc.edges, ...edges] },
    minimize: minimize.id,
    loss,
    gradients,
    updates,
    origin: diff.origin,
    notes: diff.notes,
  };
}

/** The Minimize itself must be valid: wired to a loss, attrs in range. */
function assertUsable(analysis: GraphAnalysis, minimize: GraphNode): void {
  const own = analysis.diagnostics.filter((d) => d.severity === 'error' && d.nodeId === minimize.id);
  if (own.length === 0) return;
  const name = (id: string) => analysis.index.nodes.get(id)?.node.name;
  throw new FlowboardError(`Minimize "${minimize.name}" cannot train:\n${own.map((d) => formatDiagnostic(d, name)).join('\n')}`, minimize.id);
}

/** The optimizer and the settings it reads, so each update node shows what it does. */
function copiedAttrs(settings: OptimizerSettings): Attrs {
  const attrs: Attrs = { optimizer: settings.optimizer };
  for (const key of OPTIMIZER_SETTINGS[settings.optimizer as OptimizerKind]) attrs[key] = settings[key] as AttrValue;
  return attrs;
}

/** Ids and names not yet used in a document. */
class FreshIds {
  private readonly ids: Set<string>;
  private readonly names: Set<string>;

  constructor(doc: GraphDocument) {
    this.ids = new Set([...doc.nodes.map((n) => n.id), ...doc.edges.map((e) => e.id)]);
    this.names = new Set(doc.nodes.map((n) => n.name));
  }

  id(base: string): string {
    return reserve(this.ids, base);
  }

  name(base: string): string {
    return reserve(this.names, base);
  }
}

/** `base`, or `base_1`, `base_2` ... whichever is free; marks it used. */
function reserve(used: Set<string>, base: string): string {
  let s = base;
  for (let i = 1; used.has(s); i++) s = `${base}_${i}`;
  used.add(s);
  return s;
}
