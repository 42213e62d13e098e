/**
 * A hidden layer's width (its units) and the Variable dimensions tied to it:
 * the layer's W columns, its bias, the next layer's W rows. Found by shape
 * inference, not by name: the smallest set of Variable dimensions equal to
 * the width that, changed together, leaves the graph without new errors.
 */
import { analyze, typeOf } from '../graph/analyze.ts';
import type { GraphDocument, GraphNode } from '../graph/document.ts';
import type { Diagnostic } from '../graph/diagnostics.ts';
import { weightVariables } from './initializerAxis.ts';

/** One dimension of one Variable's shape. */
export interface VariableDim {
  id: string;
  axis: number;
}

export interface LayerWidth {
  width: number;
  /** Every Variable dimension that changes with the width. */
  dims: VariableDim[];
}

/** The most whole-graph analyses one search may take (each well under a millisecond to a few on a course net). */
const MAX_TRIES = 300;

/**
 * The width of layer `name` (a Variable: its last dimension; another node: its
 * output's last dimension; a name scope: its one weight matrix's) and the
 * dimensions tied to it; or why it cannot be told.
 */
export function layerWidth(doc: GraphDocument, name: string): LayerWidth | string {
  const baseline = analyze(doc);
  const picked = pickLayer(doc, name, baseline.types);
  if (typeof picked === 'string') return picked;
  const { node, width, seed } = picked;
  // A 1 broadcasts against any width (xor-nn's output [N, 1] against labels [N, 1] would "validate" at 3), so inference cannot tell ties from broadcasts.
  if (width === 1) return `${name}.units: ${node.name} has width 1, and a 1 broadcasts against any width, so Flowboard cannot tell which dimensions follow it; a layer width is for a hidden layer (or set its shapes by hand)`;
  const shapeOf = (n: GraphNode) => n.attrs.shape as number[];
  const variables = doc.nodes.filter((n) => n.op === 'Variable' && Array.isArray(n.attrs.shape));
  const candidates = variables.flatMap((n) => shapeOf(n).flatMap((d, axis) => (d === width && !(seed && seed.id === n.id && seed.axis === axis) ? [{ id: n.id, axis }] : [])));
  const label = (d: VariableDim) => `${doc.nodes.find((n) => n.id === d.id)!.name}[${d.axis}]`;
  const probe = unusedDim(baseline.types, width);
  const known = new Set(errorKeys(baseline.diagnostics));
  const found = smallestWorking(seed ? [seed] : [], candidates, failureOf(doc, node.id, seed === undefined, probe, known), ancestry(doc));
  if (found === 'too many') return `${name}.units: ${candidates.length + (seed ? 1 : 0)} Variable dimensions equal ${width}, too many to tell which follow the width; vary the shapes by hand`;
  if (found.length === 1) return { width, dims: found[0] };
  if (found.length > 1) return `${name}.units: cannot tell which dimensions follow ${node.name}'s width ${width}: ${found.map((f) => f.map(label).join(' + ')).join(', or ')}; vary the shapes by hand`;
  const every = seed ? [seed, ...candidates] : candidates;
  const where = newErrors(analyze(withDims(doc, every, probe)).diagnostics, known).slice(0, 2).map((d) => d.message).join('; ');
  return `${name}.units: ${node.name}'s width ${width} is tied to something that is not a Variable (a placeholder's or a constant's shape), so it cannot change alone: with ${every.map(label).join(', ')} changed, ${where || 'the graph does not validate'}. A layer width is for a hidden layer`;
}

/** Where a set of dims changed to the probe goes wrong: the node and message, and the nodes whose shapes must change to fix it. */
type Failure = { at: string; what: string; fixFrom: string[] };

/**
 * How a set of dims changed to `probe` fails: a new error (to be fixed from the
 * failing node's inputs that do not carry the probe yet), or, when the picked
 * node must widen (it is no Variable), that node still at the old width; undefined when it works.
 */
function failureOf(doc: GraphDocument, nodeId: string, mustWiden: boolean, probe: number, known: ReadonlySet<string>): (dims: VariableDim[]) => Failure | undefined {
  const atNode: Failure = { at: nodeId, what: 'width', fixFrom: [nodeId] };
  return (dims) => {
    if (dims.length === 0) return atNode;
    const a = analyze(withDims(doc, dims, probe));
    const bad = newErrors(a.diagnostics, known)[0];
    if (!bad) return mustWiden && lastDim(a.types.get(nodeId)?.[0]?.shape) !== probe ? atNode : undefined;
    const at = bad.nodeId ?? nodeId;
    const inputs = a.index.nodes.get(at)?.inputs ?? [];
    const unchanged = inputs.filter((ref) => ref && !(typeOf(a, ref)?.shape ?? []).includes(probe)).map((ref) => ref!.node);
    return { at, what: bad.message, fixFrom: unchanged.length > 0 ? unchanged : [at] };
  };
}

/**
 * Every smallest set of dims, grown from `start`, that works; breadth first. A set
 * that fails at X grows by the dims of Variables upstream of X's unchanged inputs
 * (the bias beside a widened MatMul, the next W); a dim that leaves the failure
 * exactly as it was changed nothing there, so it is not grown from.
 */
function smallestWorking(start: VariableDim[], candidates: readonly VariableDim[], failure: (dims: VariableDim[]) => Failure | undefined, feeders: (id: string) => Set<string>): VariableDim[][] | 'too many' {
  const keyOf = (dims: VariableDim[]) => dims.map((d) => `${d.id}:${d.axis}`).sort().join(' ');
  let level: { dims: VariableDim[]; before?: string }[] = [{ dims: start }];
  const seen = new Set([keyOf(start)]);
  let tries = 0;
  while (level.length > 0) {
    const next: typeof level = [];
    const found: VariableDim[][] = [];
    for (const { dims, before } of level) {
      if (++tries > MAX_TRIES) return 'too many';
      const failed = failure(dims);
      if (failed === undefined) {
        found.push(dims);
        continue;
      }
      const signature = `${failed.at}|${failed.what}`;
      if (signature === before) continue;
      const upstream = new Set(failed.fixFrom.flatMap((id) => [...feeders(id)]));
      for (const c of candidates) {
        const grown = [...dims, c];
        if (!upstream.has(c.id) || dims.some((d) => d.id === c.id && d.axis === c.axis) || seen.has(keyOf(grown))) continue;
        seen.add(keyOf(grown));
        next.push({ dims: grown, before: signature });
      }
    }
    if (found.length > 0) return found;
    level = next;
  }
  return [];
}

/** For a node id, the ids of it and every node upstream of it (memoized). */
function ancestry(doc: GraphDocument): (id: string) => Set<string> {
  const sources = new Map<string, string[]>();
  for (const e of doc.edges) sources.set(e.target, [...(sources.get(e.target) ?? []), e.source]);
  const memo = new Map<string, Set<string>>();
  return (id) => {
    let out = memo.get(id);
    if (out) return out;
    out = new Set([id]);
    const stack = [id];
    while (stack.length > 0) {
      for (const s of sources.get(stack.pop()!) ?? []) {
        if (out.has(s)) continue;
        out.add(s);
        stack.push(s);
      }
    }
    memo.set(id, out);
    return out;
  };
}

/** A copy of `doc` with the dimensions `dims` set to `width`. */
export function withDims(doc: GraphDocument, dims: readonly VariableDim[], width: number): GraphDocument {
  const byNode = new Map<string, Set<number>>();
  for (const d of dims) byNode.set(d.id, (byNode.get(d.id) ?? new Set()).add(d.axis));
  return {
    ...doc,
    nodes: doc.nodes.map((n) => {
      const axes = byNode.get(n.id);
      return axes ? { ...n, attrs: { ...n.attrs, shape: (n.attrs.shape as number[]).map((d, i) => (axes.has(i) ? width : d)) } } : n;
    }),
  };
}

/** The errors `doc` has that `before` (keys of code and node) did not. */
export function newErrors(diagnostics: readonly Diagnostic[], before: ReadonlySet<string>): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error' && !before.has(errorKey(d)));
}

/** Keys of the errors among `diagnostics`, to tell new errors from ones the graph had. */
export function errorKeys(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.filter((d) => d.severity === 'error').map(errorKey);
}

const errorKey = (d: Diagnostic) => `${d.code}@${d.nodeId ?? ''}`;

type Picked = { node: GraphNode; width: number; seed?: VariableDim };

function pickLayer(doc: GraphDocument, name: string, types: ReturnType<typeof analyze>['types']): Picked | string {
  const node = doc.nodes.find((n) => n.name === name);
  if (node?.op === 'Variable') {
    const shape = node.attrs.shape as number[];
    if (!Array.isArray(shape) || shape.length === 0) return `${name}.units: Variable ${name} is a scalar; a layer width is the last dimension of a weight matrix`;
    return { node, width: shape[shape.length - 1], seed: { id: node.id, axis: shape.length - 1 } };
  }
  if (node) {
    const width = lastDim(types.get(node.id)?.[0]?.shape);
    if (width === undefined) return `${name}.units: the last dimension of ${node.op} "${name}" is not known; pick its weight matrix instead`;
    return { node, width };
  }
  const inScope = weightVariables(doc).filter((n) => n.name.startsWith(`${name}/`));
  if (inScope.length !== 1)
    return inScope.length === 0
      ? `${name}.units: there is no node or name scope "${name}" with a weight matrix`
      : `${name}.units: the scope ${name} holds ${inScope.length} weight matrices (${inScope.map((n) => n.name).join(', ')}); name one as NODE.units`;
  return pickLayer(doc, inScope[0].name, types);
}


function lastDim(shape: readonly (number | null)[] | null | undefined): number | undefined {
  const d = shape && shape.length > 0 ? shape[shape.length - 1] : undefined;
  return typeof d === 'number' ? d : undefined;
}

/** The smallest width of 2 or more that no tensor of the graph has, so a probe meets nothing by chance (nor broadcasts as 1 does). */
function unusedDim(types: ReturnType<typeof analyze>['types'], width: number): number {
  const used = new Set<number>([width]);
  for (const outs of types.values()) for (const t of outs) for (const d of t.shape ?? []) if (typeof d === 'number') used.add(d);
  let p = 2;
  while (used.has(p)) p++;
  return p;
}
