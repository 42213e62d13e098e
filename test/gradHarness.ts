/**
 * Checks one op's gradient against two oracles, so each `<Op>_grad.test.ts`
 * is a list of cases:
 *   await checkGradient({ op: 'Add', inputs: [{ shape: [3, 1] }, { shape: [1, 4] }], reference: (x, y) => tf.add(x, y) });
 * The op is wired to Placeholders and differentiated with respect to them
 * with a random incoming gradient dy (so a gradient that only works for dy = 1
 * fails). The backward graph must analyze cleanly and run in a Session; its
 * results must have the inputs' run-time shapes and match
 *   1. `tf.grads` of the same computation in TensorFlow.js, and
 *   2. central differences of sum(op(x) * dy), computed through the forward
 *      graph in the same Session.
 * The numerical comparison must also reject the gradient negated or scaled
 * by 1.1, which shows its tolerance can catch a wrong sign or factor.
 */
import * as tf from '@tensorflow/tfjs';
import type { AttrValue } from '../core/graph/document.ts';
import { analyze } from '../core/graph/analyze.ts';
import { formatDiagnostic, hasErrors } from '../core/graph/diagnostics.ts';
import type { Dim, DType } from '../core/graph/shape.ts';
import { getOp } from '../core/ops/registry.ts';
import { Session } from '../core/runtime/session.ts';
import { centralDifference } from '../core/autodiff/centralDifference.ts';
import { type Differentiation, differentiate } from '../core/autodiff/differentiate.ts';
import { mulberry32 as seededRandom } from '../core/data/random.ts';
import { GraphBuilder, type NodeHandle } from './graphBuilder.ts';

export interface GradInput {
  /** Shape fed at run time. */
  shape: number[];
  /** Shape declared on the Placeholder (null dims = `?`); `shape` when absent. */
  staticShape?: Dim[] | null;
  dtype?: DType;
  /** Flat values; random in `range` when absent. */
  values?: number[];
  /** Range of random values; [-2, 2] by default. */
  range?: [number, number];
  /** Keep random values at least this far from 0 (away from a ReLU's kink). */
  awayFromZero?: number;
  /** Differentiate with respect to this input; true for float32 inputs by default. */
  wrt?: boolean;
}

export interface GradCase {
  op: string;
  attrs?: Record<string, AttrValue>;
  /** One per input in the op's order; a variadic input takes the rest. */
  inputs: GradInput[];
  /** The same computation in TensorFlow.js. */
  reference: (...inputs: tf.Tensor[]) => tf.Tensor;
  seed?: number;
  /** Step of the central differences. */
  h?: number;
  /**
   * Backend on which `tf.grads` computes the oracle, when the active one cannot
   * (wasm has no Conv2DBackpropFilter, and its MaxPoolGrad is wrong for
   * negative windows); the active backend when absent.
   */
  oracleBackend?: string;
}

export interface GradResult {
  diff: Differentiation;
  /** Gradient values per wrt input, flat, in input order. */
  grads: Float32Array[];
}

/** Runs every check; throws with a readable message on the first failure. */
export async function checkGradient(c: GradCase): Promise<GradResult> {
  const random = seededRandom(c.seed ?? 1);
  const values = c.inputs.map((input) => input.values ?? randomValues(input, random));
  const xs = c.inputs.map((input, i) => tf.tensor(values[i], input.shape, input.dtype ?? 'float32'));
  const wrt = c.inputs.map((input) => input.wrt ?? (input.dtype ?? 'float32') === 'float32');
  const outShape = tf.tidy(() => c.reference(...xs).shape);
  const dyValues = Array.from({ length: outShape.reduce((n, d) => n * d, 1) }, () => Math.fround(random() * 2 - 1));
  const dy = tf.tensor(dyValues, outShape);

  const { g, placeholders, op } = build(c);
  const forward = analyze(g.doc());
  const outType = forward.types.get(op.id)?.[0];
  if (!outType) throw new Error(`the forward graph does not analyze:\n${forward.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
  const dyNode = g.add('Placeholder', { shape: outType.shape as AttrValue, dtype: 'float32' }, 'dy');
  const loss = { node: op.id, output: getOp(c.op).outputs[0].name };
  const wrtIndices = wrt.flatMap((w, i) => (w ? [i] : []));
  const targets = wrtIndices.map((i) => placeholders[i]);
  const diff = differentiate(g.doc(), loss, targets.map((p) => p.id), { lossGradient: { node: dyNode.id, output: 'value' } });
  const analysis = analyze(diff.doc);
  if (hasErrors(analysis.diagnostics)) throw new Error(`the differentiated graph has errors:\n${analysis.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);

  const session = new Session(analysis, { backend: tf.getBackend() });
  const feeds = Object.fromEntries([...placeholders.map((p, i) => [p.name, xs[i]]), ['dy', dy]]);
  try {
    const refs = targets.map((p) => {
      const ref = diff.gradients.get(p.id);
      if (!ref) throw new Error(`no gradient for input ${p.name}`);
      return ref;
    });
    const outs = session.run(refs, feeds);
    const grads = outs.map((t) => t.dataSync() as Float32Array);
    const expected = await oracleGrads(c, values, wrt, dyValues, outShape);
    for (let k = 0; k < targets.length; k++) {
      const i = wrtIndices[k];
      const name = targets[k].name;
      if (outs[k].shape.join() !== c.inputs[i].shape.join()) throw new Error(`gradient of ${name} has shape [${outs[k].shape}], the input [${c.inputs[i].shape}]`);
      expectClose(name, 'tf.grads', grads[k], expected[k], (a, e) => Math.abs(a - e) <= 1e-4 * Math.max(1, Math.abs(e)));
      const numeric = await numericGradient(session, loss, feeds, placeholders[i].name, xs[i], dyValues, c.h ?? 1e-2);
      const ok = (a: number, n: number) => Math.abs(a - n) <= 2e-3 + 1e-2 * Math.abs(n);
      expectClose(name, 'central differences', grads[k], numeric, ok);
      if (Math.max(...grads[k].map(Math.abs)) > 0.05) {
        for (const factor of [-1, 1.1])
          if (grads[k].every((a, j) => ok(a * factor, numeric[j]))) throw new Error(`the numerical check of ${name} would also accept the gradient times ${factor}; it is too loose`);
      }
    }
    tf.dispose(outs);
    return { diff, grads };
  } finally {
    session.dispose();
    tf.dispose([...xs, dy]);
  }
}

/** tf.grads of the reference at the same values, on `c.oracleBackend` when given; flat values per wrt input. */
async function oracleGrads(c: GradCase, values: number[][], wrt: boolean[], dyValues: number[], outShape: number[]): Promise<Float32Array[]> {
  const active = tf.getBackend();
  if (c.oracleBackend) await tf.setBackend(c.oracleBackend);
  try {
    const out: Float32Array[] = [];
    tf.tidy(() => {
      const xs = c.inputs.map((input, i) => tf.tensor(values[i], input.shape, input.dtype ?? 'float32'));
      const grads = tf.grads((...ws: tf.Tensor[]) => c.reference(...substitute(xs, wrt, ws)))(xs.filter((_, i) => wrt[i]), tf.tensor(dyValues, outShape));
      for (const g of grads) out.push(g.dataSync() as Float32Array);
    });
    return out;
  } finally {
    if (c.oracleBackend) await tf.setBackend(active);
  }
}

function build(c: GradCase): { g: GraphBuilder; placeholders: NodeHandle[]; op: NodeHandle } {
  const def = getOp(c.op);
  const g = new GraphBuilder();
  const placeholders = c.inputs.map((input, i) =>
    g.add('Placeholder', { shape: (input.staticShape === undefined ? input.shape : input.staticShape) as AttrValue, dtype: input.dtype ?? 'float32' }, `in${i}`),
  );
  const wiring: Record<string, NodeHandle | NodeHandle[]> = {};
  def.inputs.forEach((spec, i) => {
    wiring[spec.name] = spec.variadic ? placeholders.slice(i) : placeholders[i];
  });
  const op = g.add(c.op, c.attrs ?? {}, 'op', wiring);
  return { g, placeholders, op };
}

/** d/dx_j of sum(op(x) * dy) for every element j of one input, through the forward graph. */
async function numericGradient(session: Session, loss: { node: string; output: string }, feeds: Record<string, tf.Tensor>, name: string, x: tf.Tensor, dy: number[], h: number): Promise<number[]> {
  const base = x.dataSync() as Float32Array;
  const out: number[] = [];
  for (let j = 0; j < base.length; j++) {
    const f = async (delta: number) => {
      const moved = Float32Array.from(base);
      moved[j] += delta;
      const t = tf.tensor(moved, x.shape);
      const [y] = session.run([loss], { ...feeds, [name]: t });
      const values = Array.from(y.dataSync());
      tf.dispose([t, y]);
      return values.reduce((s: number, v, k) => s + Number(v) * dy[k], 0);
    };
    out.push((await centralDifference(f, h)).value);
  }
  return out;
}

function expectClose(name: string, oracle: string, actual: ArrayLike<number>, expected: ArrayLike<number>, ok: (a: number, e: number) => boolean): void {
  for (let j = 0; j < actual.length; j++) {
    if (!ok(actual[j], expected[j]))
      throw new Error(`gradient of ${name}, element ${j}: ${actual[j]} but ${oracle} gives ${expected[j]}\n  ours:   [${Array.from(actual).map((v) => v.toFixed(5))}]\n  oracle: [${Array.from(expected).map((v) => v.toFixed(5))}]`);
  }
}

function substitute(xs: tf.Tensor[], wrt: boolean[], ws: tf.Tensor[]): tf.Tensor[] {
  let k = 0;
  return xs.map((x, i) => (wrt[i] ? ws[k++] : x));
}

function randomValues(input: GradInput, random: () => number): number[] {
  const [lo, hi] = input.range ?? [-2, 2];
  const n = input.shape.reduce((a, d) => a * d, 1);
  return Array.from({ length: n }, () => {
    let v = lo + random() * (hi - lo);
    if (input.awayFromZero && Math.abs(v) < input.awayFromZero) v = v < 0 ? v - input.awayFromZero : v + input.awayFromZero;
    return input.dtype === 'int32' ? Math.round(v) : Math.fround(v);
  });
}
