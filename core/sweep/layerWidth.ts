/**
 * A hidden layer's width (its units) and the Variable dimensions tied to it:
 * the layer's W columns, its bias, the next layer's W rows. Found by shape
 * inference, not by name: the smallest set of Variable dimensions equal to
 * the width that, changed together, leaves the graph without new errors.
 */
import { analyze } from '../graph/analyze.ts';
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

/** More candidates than this would take too many analyses to try every combination. */
const MAX_CANDIDATES = 10;

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
  if (candidates.length > MAX_CANDIDATES) return `${name}.units: ${candidates.length + (seed ? 1 : 0)} Variable dimensions equal ${width}, too many to tell which follow the width; vary the shapes by hand`;
  const probe = unusedDim(baseline.types, width);
  const known = new Set(errorKeys(baseline.diagnostics));
  const works = (dims: VariableDim[]): boolean => {
    const a = analyze(withDims(doc, dims, probe));
    if (errorKeys(a.diagnostics).some((k) => !known.has(k))) return false;
    return seed !== undefined || lastDim(a.types.get(node.id)?.[0]?.shape) === probe;
  };
  for (let size = 0; size <= candidates.length; size++) {
    const found = combinations(candidates, size).map((c) => (seed ? [seed, ...c] : c)).filter((dims) => dims.length > 0 && works(dims));
    if (found.length === 1) return { width, dims: found[0] };
    if (found.length > 1) return `${name}.units: cannot tell which dimensions follow ${node.name}'s width ${width}: ${found.map((f) => f.map(label).join(' + ')).join(', or ')}; vary the shapes by hand`;
  }
  const all = seed ? [seed, ...candidates] : candidates;
  const where = newErrors(analyze(withDims(doc, all, probe)).diagnostics, known).slice(0, 2).map((d) => d.message).join('; ');
  return `${name}.units: ${node.name}'s width ${width} is tied to something that is not a Variable (a placeholder's or a constant's shape), so it cannot change alone: with ${all.map(label).join(', ')} changed, ${where || 'the graph does not validate'}. A layer width is for a hidden layer`;
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

function combinations<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, i) => combinations(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]));
}
