/**
 * Runs one op on given input tensors through the whole pipeline (document ->
 * analysis -> compile -> Session), so op tests compare Flowboard's result with
 * a direct TensorFlow.js computation.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { AttrValue } from '../core/graph/document.ts';
import { analyze, type GraphAnalysis } from '../core/graph/analyze.ts';
import type { Dim, TensorType } from '../core/graph/shape.ts';
import { getOp } from '../core/ops/registry.ts';
import { Session } from '../core/runtime/session.ts';
import { GraphBuilder } from './graphBuilder.ts';

export interface OpCase {
  op: string;
  attrs?: Record<string, AttrValue>;
  /** One tensor per input, in the op's input order; a variadic input takes the rest. */
  inputs: tf.Tensor[];
  /** Static shapes to declare on the placeholders; the inputs' own shapes when absent. */
  staticShapes?: (Dim[] | null)[];
}

function build(c: OpCase) {
  const def = getOp(c.op);
  const g = new GraphBuilder();
  const placeholders = c.inputs.map((t, i) =>
    // `null` declares an unknown rank, so only a missing entry falls back to the tensor's shape.
    g.add('Placeholder', { shape: (c.staticShapes?.[i] === undefined ? t.shape : c.staticShapes[i]) as AttrValue, dtype: t.dtype }, `in${i}`),
  );
  const wiring: Record<string, (typeof placeholders)[number] | (typeof placeholders)[number][]> = {};
  def.inputs.forEach((spec, i) => {
    wiring[spec.name] = spec.variadic ? placeholders.slice(i) : placeholders[i];
  });
  const node = g.add(c.op, c.attrs ?? {}, 'op', wiring);
  return { doc: g.doc(), node, def };
}

/** The analysis of a one-op graph: its inferred output types and diagnostics. */
export function analyzeOp(c: OpCase): { analysis: GraphAnalysis; outputs: TensorType[] | undefined } {
  const { doc, node } = build(c);
  const analysis = analyze(doc);
  return { analysis, outputs: analysis.types.get(node.id) };
}

/** Runs the op on the active backend; returns its outputs (the caller disposes them). */
export function runOp(c: OpCase): tf.Tensor[] {
  const { doc, def } = build(c);
  const session = new Session(doc, { backend: tf.getBackend() });
  try {
    const feeds = Object.fromEntries(c.inputs.map((t, i) => [`in${i}`, t]));
    return session.run(def.outputs.map((o) => `op:${o.name}`), feeds);
  } finally {
    session.dispose();
  }
}

/** Checks that a result matches a reference tensor in dtype, shape and values. */
export async function expectTensorsClose(actual: tf.Tensor, expected: tf.Tensor, tolerance = 1e-5): Promise<void> {
  if (actual.dtype !== expected.dtype) throw new Error(`dtype ${actual.dtype} !== ${expected.dtype}`);
  if (actual.shape.join(',') !== expected.shape.join(',')) throw new Error(`shape [${actual.shape}] !== [${expected.shape}]`);
  const [a, e] = await Promise.all([actual.data(), expected.data()]);
  for (let i = 0; i < a.length; i++) {
    const diff = Math.abs(Number(a[i]) - Number(e[i]));
    const scale = Math.max(1, Math.abs(Number(e[i])));
    if (!(diff <= tolerance * scale) && !(Number.isNaN(a[i]) && Number.isNaN(e[i])))
      throw new Error(`element ${i}: ${a[i]} !== ${e[i]} (tolerance ${tolerance})`);
  }
}
