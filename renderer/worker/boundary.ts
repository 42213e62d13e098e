/**
 * The decision boundary of a model with two inputs (the XOR lessons): its
 * prediction evaluated on a grid over the input plane, with the training
 * points drawn on top. Available when a prediction fetch depends on exactly
 * one fed Placeholder of shape [?,2] and gives one value (or two classes) per
 * example.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { GraphAnalysis } from '../../core/graph/analyze.ts';
import type { GraphDocument, TensorRef } from '../../core/graph/document.ts';
import { dataSource, type DataContext } from '../../core/data/source.ts';
import type { Session } from '../../core/runtime/session.ts';
import type { BoundaryGrid } from '../training/protocol.ts';

/** Grid cells per side. */
export const GRID_SIZE = 50;
/** Examples beyond this are too many to draw as points. */
const MAX_POINTS = 5000;

export interface BoundarySetup {
  input: string;
  prediction: TensorRef;
  /** Which column of the prediction to show: 0 for one output, 1 (the second class) for two. */
  column: number;
  x: [number, number];
  y: [number, number];
  points: Float32Array;
}

/** What a boundary needs, or why the graph has none. */
export async function boundarySetup(doc: GraphDocument, analysis: GraphAnalysis, given: DataContext): Promise<BoundarySetup | string> {
  const feeds = doc.session?.feeds ?? {};
  // CSV files picked in the app are kept in the document.
  const context: DataContext = { ...given, files: doc.session?.files };
  const fetch = doc.session?.fetches.find((f) => f.role === 'prediction');
  if (!fetch) return 'the session fetches no prediction';
  const entry = analysis.index.nodes.get(fetch.node);
  const output = fetch.output ?? entry?.def?.outputs[0]?.name;
  const shape = analysis.types.get(fetch.node)?.[0]?.shape;
  if (!entry || output === undefined || !shape) return 'the prediction has no known shape';
  const width = shape.length === 1 ? 1 : shape.length === 2 ? shape[1] : undefined;
  if (shape[0] !== null || (width !== 1 && width !== 2)) return `the prediction is ${JSON.stringify(shape)}, not one value or two classes per example`;
  const inputs = upstreamPlaceholders(analysis, fetch.node).filter((id) => feeds[id] !== undefined);
  const planar = inputs.filter((id) => isPairs(analysis.types.get(id)?.[0]?.shape));
  if (planar.length !== 1 || inputs.length !== 1) return 'the prediction does not depend on exactly one input of two numbers per example';
  const input = planar[0];
  const name = analysis.index.nodes.get(input)!.node.name;
  const xs = await dataSource(feeds[input], name, context).load();
  const examples = xs.shape[0];
  if (examples > MAX_POINTS) return `${examples} examples are too many to draw`;
  const labels = await labelData(doc, analysis, input, examples, context);
  const points = new Float32Array(examples * 3);
  for (let i = 0; i < examples; i++) points.set([xs.values[2 * i], xs.values[2 * i + 1], labels[i] ?? 0.5], 3 * i);
  return { input: name, prediction: { node: fetch.node, output }, column: width === 2 ? 1 : 0, x: padded(xs.values, 0), y: padded(xs.values, 1), points };
}

/** The prediction on the grid, row 0 at the bottom. */
export async function evaluateBoundary(session: Session, setup: BoundarySetup, step: number): Promise<BoundaryGrid> {
  const grid = tf.tidy(() => tf.tensor2d(gridPoints(setup.x, setup.y, GRID_SIZE), [GRID_SIZE * GRID_SIZE, 2]));
  let out: tf.Tensor[] = [];
  try {
    out = session.run([setup.prediction], { [setup.input]: grid });
    const data = (await out[0].data()) as Float32Array;
    const stride = data.length / (GRID_SIZE * GRID_SIZE);
    const values = new Float32Array(GRID_SIZE * GRID_SIZE);
    for (let i = 0; i < values.length; i++) values[i] = data[i * stride + setup.column];
    return { step, size: GRID_SIZE, x: setup.x, y: setup.y, values, points: setup.points.slice() };
  } finally {
    grid.dispose();
    tf.dispose(out);
  }
}

/** Cell centres, row by row from the bottom. */
export function gridPoints(x: [number, number], y: [number, number], size: number): Float32Array {
  const out = new Float32Array(size * size * 2);
  for (let r = 0; r < size; r++)
    for (let c = 0; c < size; c++) {
      out[2 * (r * size + c)] = x[0] + ((c + 0.5) / size) * (x[1] - x[0]);
      out[2 * (r * size + c) + 1] = y[0] + ((r + 0.5) / size) * (y[1] - y[0]);
    }
  return out;
}

function isPairs(shape: (number | null)[] | null | undefined): boolean {
  return !!shape && shape.length === 2 && shape[0] === null && shape[1] === 2;
}

/** The data range of one column with a fifth of it added on each side. */
function padded(values: Float32Array, column: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = column; i < values.length; i += 2) {
    lo = Math.min(lo, values[i]);
    hi = Math.max(hi, values[i]);
  }
  const pad = hi > lo ? (hi - lo) * 0.2 : 1;
  return [lo - pad, hi + pad];
}

/** The labels: the other fed Placeholder with one value (or a one-hot pair) per example; undefined when there is none. */
async function labelData(doc: GraphDocument, analysis: GraphAnalysis, input: string, examples: number, context: DataContext): Promise<(number | undefined)[]> {
  for (const [id, binding] of Object.entries(doc.session?.feeds ?? {})) {
    if (id === input) continue;
    const shape = analysis.types.get(id)?.[0]?.shape;
    if (!shape || shape[0] !== null || shape.length > 2) continue;
    const width = shape.length === 1 ? 1 : shape[1];
    if (width !== 1 && width !== 2) continue;
    const data = await dataSource(binding, analysis.index.nodes.get(id)!.node.name, context).load();
    if (data.shape[0] !== examples) continue;
    return Array.from({ length: examples }, (_, i) => (width === 1 ? data.values[i] : data.values[2 * i + 1] > data.values[2 * i] ? 1 : 0));
  }
  return [];
}

function upstreamPlaceholders(analysis: GraphAnalysis, nodeId: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const stack = [nodeId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const entry = analysis.index.nodes.get(id);
    if (entry?.node.op === 'Placeholder') out.push(id);
    for (const r of entry?.inputs ?? []) if (r) stack.push(r.node);
  }
  return out;
}
