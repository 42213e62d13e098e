/**
 * Gradient checking: runs the differentiated graph in a Session and compares
 * each variable's analytic gradient with central differences of the loss.
 *
 * Variables are turned into Placeholders of the same id, name and shape in a
 * copy of the graph, so their values can be fed (starting from the values
 * their initializers give with the seed) and nudged one element at a time
 * without touching TensorFlow.js from here.
 *
 * Float32 choices, so the error means something:
 * - the relative error is |a - n| / max(|a|, |n|, 1e-3) (`relativeError`), so
 *   a gradient that is zero (a dead ReLU) or nearly so is not judged by a
 *   ratio of two roundoff errors; and the part of |a - n| within the
 *   numerical gradient's uncertainty (float32 roundoff of the loss divided by
 *   the step, or disagreement between steps) is not counted, since no
 *   numerical gradient can resolve it (a large cost with saturated sigmoids);
 * - each element's numerical gradient is a fourth-order central difference at
 *   steps 1e-1, 1e-2 and 1e-3 times max(1, |x|), keeping the step where two
 *   neighbouring steps agree (`settledDerivative`): float32 roundoff spoils
 *   small steps and curvature (or a ReLU kink within reach) large ones. The
 *   step is chosen without looking at the analytic gradient, so a wrong one
 *   (sign, factor, missing sum) cannot pick the step that flatters it;
 * - a variable with more than `maxElements` elements is checked on that many
 *   elements drawn with the seed, so MNIST-sized weights stay quick.
 */
import { FlowboardError } from '../graph/diagnostics.ts';
import type { Diagnostic } from '../graph/diagnostics.ts';
import type { GraphDocument, NestedNumbers, TensorRef } from '../graph/document.ts';
import { numElements } from '../graph/shape.ts';
import { analyze } from '../graph/analyze.ts';
import { type FeedMap, Session } from '../runtime/session.ts';
import { relativeError, settledDerivative } from './centralDifference.ts';
import { differentiate } from './differentiate.ts';
import { ancestors } from './paths.ts';
import { mulberry32 as seededRandom } from '../data/random.ts';

/** The largest relative error `flowboard gradcheck` accepts. */
export const GRADCHECK_TOLERANCE = 1e-3;

export interface GradcheckOptions {
  /** tfjs backend, already active (see useBackend). */
  backend: string;
  /** Seed of the variables' initial values and of the sampled elements; the session's seed, else 0. */
  seed?: number;
  /** The loss; by default the session's fetch with role 'loss'. */
  loss?: TensorRef;
  /** Variable ids; by default every trainable Variable the loss depends on. */
  variables?: readonly string[];
  /** Feeds by placeholder name or id, added to (and overriding) the session's inline feeds. */
  feeds?: FeedMap;
  /** Most elements per variable to check numerically. */
  maxElements?: number;
  /** Bytes a run's tensors may take (Session's memoryBudget): a graph too large is refused before it runs. */
  memoryBudget?: number;
}

export interface VariableCheck {
  id: string;
  name: string;
  /** Elements in the variable, and how many were checked. */
  size: number;
  checked: number;
  /** Largest relative error over the checked elements, beyond the numerical gradient's own uncertainty; undefined when the loss gives it no gradient. */
  maxRelativeError: number | undefined;
  /** The same without discounting that uncertainty: what a plain |a - n| / max(|a|, |n|) comparison shows. */
  maxRawRelativeError?: number;
  /** The element with the largest error. */
  worst?: { index: number; analytic: number; numeric: number };
  ok: boolean;
}

export interface GradcheckResult {
  loss: TensorRef;
  variables: VariableCheck[];
  /** Autodiff's notes (stopped gradient flow, variables without a gradient). */
  notes: Diagnostic[];
}

/** Compares analytic and numerical gradients of the loss for every variable. */
export async function gradcheck(doc: GraphDocument, options: GradcheckOptions): Promise<GradcheckResult> {
  const loss = options.loss ?? sessionLoss(doc);
  const seed = options.seed ?? doc.session?.seed ?? 0;
  const diff = differentiate(doc, loss, options.variables);
  const checked = [...diff.gradients].filter((e): e is [string, TensorRef] => e[1] !== undefined);
  const ids = checked.map(([id]) => id);

  const initial = new Session(doc, { backend: options.backend, seed, memoryBudget: options.memoryBudget });
  let values: NestedNumbers[];
  try {
    values = await initial.runValues(ids);
  } finally {
    initial.dispose();
  }
  const session = new Session(analyze(variablesAsPlaceholders(diff.doc, ids), { memoryBudget: options.memoryBudget }), { backend: options.backend, seed, memoryBudget: options.memoryBudget });
  try {
    const feeds: FeedMap = { ...inlineFeeds(doc), ...options.feeds, ...Object.fromEntries(ids.map((id, i) => [id, values[i]])) };
    assertFed(session, loss, feeds);
    const analytic = (await session.runValues(checked.map(([, g]) => g), feeds)).map(flatten);
    const lossAt = async (id: string, flat: number[]) => flatten((await session.runValues([loss], { ...feeds, [id]: nest(flat, shapeOf(values[ids.indexOf(id)])) }))[0]).reduce((a, b) => a + b, 0);
    const random = seededRandom(seed);
    const results: VariableCheck[] = [];
    for (const [id, g] of diff.gradients) {
      const name = doc.nodes.find((n) => n.id === id)!.name;
      const k = ids.indexOf(id);
      if (g === undefined || k < 0) {
        results.push({ id, name, size: 0, checked: 0, maxRelativeError: undefined, ok: true });
        continue;
      }
      const x = flatten(values[k]);
      const picked = sample(x.length, options.maxElements ?? 20, random);
      let worst: VariableCheck['worst'];
      let maxError = 0;
      let maxRaw = 0;
      for (const index of picked) {
        const a = analytic[k][index];
        const f = (delta: number) => lossAt(id, x.map((v, j) => (j === index ? v + delta : v)));
        const n = await settledDerivative(f, Math.max(1, Math.abs(x[index])));
        const error = relativeError(a, n.value, n.uncertainty);
        maxRaw = Math.max(maxRaw, relativeError(a, n.value));
        if (error >= maxError) [maxError, worst] = [error, { index, analytic: a, numeric: n.value }];
      }
      results.push({ id, name, size: x.length, checked: picked.length, maxRelativeError: maxError, maxRawRelativeError: maxRaw, ...(worst ? { worst } : {}), ok: maxError <= GRADCHECK_TOLERANCE });
    }
    return { loss, variables: results, notes: diff.notes };
  } finally {
    session.dispose();
  }
}

/** The session's loss fetch; throws saying how to mark one. */
function sessionLoss(doc: GraphDocument): TensorRef {
  const fetch = doc.session?.fetches.find((f) => f.role === 'loss');
  if (!fetch) throw new FlowboardError('the graph has no loss to check: add a fetch with role "loss" to the session (the cost node), or name the loss explicitly');
  const node = doc.nodes.find((n) => n.id === fetch.node);
  if (!node) throw new FlowboardError(`the session's loss fetch names node "${fetch.node}", which does not exist`);
  const output = fetch.output ?? analyze(doc).index.nodes.get(node.id)?.def?.outputs[0]?.name;
  if (output === undefined) throw new FlowboardError(`the loss ${node.op} "${node.name}" has no output to differentiate`, node.id);
  return { node: node.id, output };
}

/** The session's inline feeds by placeholder id; other bindings (CSV, datasets) are not read here. */
function inlineFeeds(doc: GraphDocument): FeedMap {
  const out: FeedMap = {};
  for (const [id, binding] of Object.entries(doc.session?.feeds ?? {})) if (binding.kind === 'inline') out[id] = binding.value;
  return out;
}

/** Names the first Placeholder the loss needs that has no data, before a run fails less helpfully. */
function assertFed(session: Session, loss: TensorRef, feeds: FeedMap): void {
  const fed = new Set(Object.keys(feeds).map((key) => session.resolve(key).node));
  for (const id of ancestors(session.analysis.index, loss.node)) {
    const node = session.analysis.index.nodes.get(id)!.node;
    if (node.op === 'Placeholder' && !fed.has(id))
      throw new FlowboardError(`Placeholder "${node.name}" has no inline data, and the loss depends on it: bind a value to it in the session's feeds (kind "inline") to check gradients`, id);
  }
}

/** The document with the given Variables replaced by Placeholders of the same id, name and shape. */
function variablesAsPlaceholders(doc: GraphDocument, ids: readonly string[]): GraphDocument {
  const swap = new Set(ids);
  const nodes = doc.nodes.map((n) => (swap.has(n.id) ? { ...n, op: 'Placeholder', attrs: { shape: n.attrs.shape ?? [1], dtype: 'float32' } } : n));
  return { ...doc, nodes, session: { fetches: [], feeds: {} } };
}

/** `count` distinct indices below `size` (all of them when size <= count), ascending. */
function sample(size: number, count: number, random: () => number): number[] {
  if (size <= count) return Array.from({ length: size }, (_, i) => i);
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(Math.floor(random() * size));
  return [...chosen].sort((a, b) => a - b);
}

function flatten(v: NestedNumbers): number[] {
  return Array.isArray(v) ? v.flatMap(flatten) : [Number(v)];
}

function shapeOf(v: NestedNumbers): number[] {
  const shape: number[] = [];
  for (let cur = v; Array.isArray(cur); cur = cur[0]) shape.push(cur.length);
  return shape;
}

function nest(flat: readonly number[], shape: readonly number[]): NestedNumbers {
  if (shape.length === 0) return flat[0];
  const inner = numElements(shape.slice(1))!;
  return Array.from({ length: shape[0] }, (_, i) => nest(flat.slice(i * inner, (i + 1) * inner), shape.slice(1)));
}
