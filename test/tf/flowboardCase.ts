/**
 * Flowboard's side of an op case: the op wired to Placeholders (or, for a
 * Placeholder, the placeholder itself), analysed, compiled and run in a
 * Session on the active backend; then differentiated with respect to its
 * float inputs with `dy` fed in at its first output (TF1's grad_ys), and the
 * backward graph run the same way.
 */
import * as tf from '@tensorflow/tfjs-core';
import { differentiate } from '../../core/autodiff/differentiate.ts';
import { findGradient, nonDifferentiableReason } from '../../core/autodiff/registry.ts';
import { mulberry32 } from '../../core/data/random.ts';
import { analyze } from '../../core/graph/analyze.ts';
import { formatDiagnostic, hasErrors } from '../../core/graph/diagnostics.ts';
import type { AttrValue } from '../../core/graph/document.ts';
import type { Dim, DType } from '../../core/graph/shape.ts';
import { getOp } from '../../core/ops/registry.ts';
import { useBackend } from '../../core/runtime/backend.ts';
import { Session } from '../../core/runtime/session.ts';
import { GraphBuilder, type NodeHandle } from '../graphBuilder.ts';
import type { CaseInput, OpCase } from './opCase.ts';

export interface FlatTensor {
  shape: number[];
  dtype: string;
  values: number[];
}

/** A case's inputs with their values, as both sides feed them. */
export interface PreparedInput {
  shape: number[];
  static: Dim[] | null;
  dtype: DType;
  values: number[];
  wrt: boolean;
}

export interface FlowboardResult {
  outputs: FlatTensor[];
  /** Inferred static shapes of the compared outputs (null: unknown rank). */
  staticShapes: (Dim[] | null)[];
  /** Per wrt input, the gradient, or null where Flowboard has none; undefined when the op has no gradient to compare. */
  grads?: (FlatTensor | null)[];
}

/** Which gradient claim Flowboard makes for an op: a gradient, none by design (as TF1), or none yet. */
export function gradientKind(op: string): 'gradient' | 'not differentiable' | 'forward only' {
  if (findGradient(op)) return 'gradient';
  return nonDifferentiableReason(op) !== undefined ? 'not differentiable' : 'forward only';
}

/** Seeded input values; derived inputs are computed on the cpu backend from the ones before them (which it leaves active). */
export async function prepareInputs(c: OpCase, seed: number): Promise<PreparedInput[]> {
  const random = mulberry32(seed);
  const done: PreparedInput[] = [];
  for (const input of c.inputs) {
    const dtype = input.dtype ?? 'float32';
    const values = input.values ?? (input.derive ? await derived(input, done) : randomValues(input, random));
    done.push({ shape: input.shape, static: input.static === undefined ? input.shape : input.static, dtype, values, wrt: input.wrt ?? dtype === 'float32' });
  }
  return done;
}

/** A random gradient for an output of `shape`, seeded per case so both backends and TensorFlow get the same. */
export function randomDy(shape: number[], seed: number): FlatTensor {
  const random = mulberry32(seed ^ 0x5bd1e995);
  const n = shape.reduce((a, d) => a * d, 1);
  return { shape, dtype: 'float32', values: Array.from({ length: n }, () => Math.fround(random() * 2 - 1)) };
}

/** The op's outputs compared by the case. */
export function comparedOutputs(c: OpCase): string[] {
  return c.outputs ?? getOp(c.op).outputs.map((o) => o.name);
}

/** Runs the case forward, then its gradients with `dy` (given the first output's shape) when the op has them. */
export function runFlowboard(c: OpCase, inputs: PreparedInput[], dy: (shape: number[]) => FlatTensor): FlowboardResult {
  const { g, placeholders, op } = build(c, inputs);
  const outputs = comparedOutputs(c);
  const forward = analyze(g.doc());
  if (hasErrors(forward.diagnostics)) throw new Error(`the graph does not analyze:\n${forward.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
  const types = forward.types.get(op.id)!;
  const outputNames = getOp(c.op).outputs.map((o) => o.name);
  const staticShapes = outputs.map((o) => types[outputNames.indexOf(o)].shape);
  const feeds = Object.fromEntries(placeholders.map((p, i) => [p.name, tf.tensor(inputs[i].values, inputs[i].shape, inputs[i].dtype)]));
  try {
    const values = runAll(forward, outputs.map((o) => `${op.name}:${o}`), feeds);
    const result: FlowboardResult = { outputs: values, staticShapes };
    const wrt = placeholders.filter((_, i) => inputs[i].wrt);
    if (gradientKind(c.op) === 'forward only' || wrt.length === 0 || types[0].dtype !== 'float32') return result;
    const d = dy(values[0].shape);
    const dyNode = g.add('Placeholder', { shape: d.shape, dtype: 'float32' }, 'dy');
    const diff = differentiate(g.doc(), { node: op.id, output: outputNames[0] }, wrt.map((p) => p.id), { lossGradient: { node: dyNode.id, output: 'value' } });
    const backward = analyze(diff.doc);
    if (hasErrors(backward.diagnostics)) throw new Error(`the differentiated graph has errors:\n${backward.diagnostics.map((x) => formatDiagnostic(x)).join('\n')}`);
    const refs = wrt.map((p) => diff.gradients.get(p.id));
    const present = refs.filter((r) => r !== undefined);
    const grads = present.length === 0 ? [] : runAll(backward, present, { ...feeds, dy: tf.tensor(d.values, d.shape) });
    let k = 0;
    result.grads = refs.map((r) => (r === undefined ? null : grads[k++]));
    return result;
  } finally {
    tf.dispose(Object.values(feeds));
  }
}

function build(c: OpCase, inputs: PreparedInput[]): { g: GraphBuilder; placeholders: NodeHandle[]; op: NodeHandle } {
  const g = new GraphBuilder();
  const placeholders = inputs.map((input, i) => g.add('Placeholder', { shape: input.static as AttrValue, dtype: input.dtype }, `in${i}`));
  if (c.op === 'Placeholder') return { g, placeholders, op: placeholders[0] };
  const wiring: Record<string, NodeHandle | NodeHandle[]> = {};
  getOp(c.op).inputs.forEach((spec, i) => {
    if (spec.internal) return;
    if (spec.variadic) wiring[spec.name] = placeholders.slice(i);
    else if (placeholders[i]) wiring[spec.name] = placeholders[i];
  });
  return { g, placeholders, op: g.add(c.op, c.attrs ?? {}, 'op', wiring) };
}

/** Runs fetches in a fresh Session and reads them back as plain numbers (feeds stay the caller's). */
function runAll(analysis: ReturnType<typeof analyze>, fetches: Parameters<Session['run']>[0], feeds: Record<string, tf.Tensor>): FlatTensor[] {
  const session = new Session(analysis, { backend: tf.getBackend() });
  try {
    const outs = session.run(fetches, feeds);
    const flat = outs.map((t) => ({ shape: t.shape, dtype: t.dtype, values: Array.from(t.dataSync(), Number) }));
    tf.dispose(outs);
    return flat;
  } finally {
    session.dispose();
  }
}

/** Leaves the cpu backend active: callers pick their backend after preparing. */
async function derived(input: CaseInput, done: PreparedInput[]): Promise<number[]> {
  await useBackend('cpu');
  return tf.tidy(() => Array.from(input.derive!(done.map((d) => tf.tensor(d.values, d.shape, d.dtype))).dataSync(), Number));
}

function randomValues(input: CaseInput, random: () => number): number[] {
  const [lo, hi] = input.range ?? [-2, 2];
  const n = input.shape.reduce((a, d) => a * d, 1);
  return Array.from({ length: n }, () => {
    let v = lo + random() * (hi - lo);
    if (input.awayFromZero && Math.abs(v) < input.awayFromZero) v = v < 0 ? v - input.awayFromZero : v + input.awayFromZero;
    return input.integers || input.dtype === 'int32' ? Math.round(v) : Math.fround(v);
  });
}
