/**
 * Every op kind in the registry against real TensorFlow (TF1 graph mode):
 * the cases in test/tf/cases run through Flowboard's compiled graph on wasm
 * and cpu, and through the same TF1 op in one batched python process
 * (op_referee.py). Forward values, dtypes and shapes (run-time and inferred
 * static ones), and every gradient (tf.gradients with the same grad_ys)
 * must agree to 1e-5 (see compareTensors.ts); a case with a looser bound
 * says why. `opTable.ts` turns the same cases into the README's table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allOps } from '../../core/ops/registry.ts';
import { useBackend } from '../../core/runtime/backend.ts';
import { runPython } from '../../tools/tf/python.ts';
import { OP_CASES, UNCHECKED_HERE } from './cases/index.ts';
import { DEFAULT_TOLERANCE, tensorMismatch } from './compareTensors.ts';
import { type FlatTensor, type FlowboardResult, gradientKind, type PreparedInput, prepareInputs, randomDy, runFlowboard } from './flowboardCase.ts';
import type { OpCase } from './opCase.ts';

const BACKENDS = ['wasm', 'cpu'] as const;
/** `OPS=Maximum,Minimum` runs those kinds' cases only (same seeds as the full run). */
const only = process.env.OPS?.split(',');
const selected = (c: OpCase) => only === undefined || only.includes(c.op);

interface TfResult {
  outputs: FlatTensor[];
  staticShapes: ((number | null)[] | null)[];
  grads: (FlatTensor | null)[];
  error?: string;
}

type Outcome = { ours: FlowboardResult; theirs: TfResult } | { error: string };
const outcomes = new Map<string, Outcome>();
const key = (backend: string, i: number) => `${backend}#${i}`;

beforeAll(async () => {
  const requests: unknown[] = [];
  const order: string[] = [];
  // The same values on every backend.
  const prepared: PreparedInput[][] = [];
  for (const [i, c] of OP_CASES.entries()) prepared.push(selected(c) ? await prepareInputs(c, 1000 + i) : []);
  for (const backend of BACKENDS) {
    await useBackend(backend);
    OP_CASES.forEach((c, i) => {
      if (!selected(c)) return;
      const inputs = prepared[i];
      let ours: FlowboardResult;
      try {
        ours = runFlowboard(c, inputs, (shape) => randomDy(shape, 1000 + i));
      } catch (e) {
        outcomes.set(key(backend, i), { error: `Flowboard: ${(e as Error).message}` });
        return;
      }
      outcomes.set(key(backend, i), { ours, theirs: undefined as unknown as TfResult });
      const dy = ours.grads === undefined ? null : randomDy(ours.outputs[0].shape, 1000 + i);
      const wrt = inputs.flatMap((input, k) => (input.wrt ? [k] : []));
      requests.push({ tf: c.tf, inputs, wrt, dy, fb: ours.outputs });
      order.push(key(backend, i));
    });
  }
  const { results } = await runPython<{ results: TfResult[] }>(new URL('op_referee.py', import.meta.url).pathname, { cases: requests }, { timeoutMs: 300_000 });
  results.forEach((theirs, j) => {
    const outcome = outcomes.get(order[j]) as { ours: FlowboardResult; theirs: TfResult };
    outcome.theirs = theirs;
  });
}, 600_000);

afterAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('the cases', () => {
  it.skipIf(only !== undefined)('cover every op kind in the registry (or say where it is checked instead)', () => {
    const covered = new Set([...OP_CASES.map((c) => c.op), ...Object.keys(UNCHECKED_HERE)]);
    expect(allOps().map((op) => op.kind).filter((k) => !covered.has(k))).toEqual([]);
  });
});

for (const backend of BACKENDS) {
  describe(`on ${backend}`, () => {
    it.each(OP_CASES.map((c, i) => [`${c.op}: ${c.title}`, c, i] as const).filter(([, c]) => selected(c)))('%s', (_name, c, i) => {
      const problems = compare(c, outcomes.get(key(backend, i))!);
      expect(problems).toEqual([]);
    });
  });
}

/** Every way the two disagree, in words. */
function compare(c: OpCase, outcome: Outcome): string[] {
  if ('error' in outcome) return [outcome.error];
  const { ours, theirs } = outcome;
  if (theirs.error) return [`TensorFlow: ${theirs.error}`];
  const tol = c.tolerance ?? DEFAULT_TOLERANCE;
  const problems: string[] = [];
  if (theirs.outputs.length !== ours.outputs.length) return [`${ours.outputs.length} outputs, TensorFlow ${theirs.outputs.length}`];
  ours.outputs.forEach((o, k) => {
    const p = tensorMismatch(`output ${k}`, o, theirs.outputs[k], tol);
    if (p) problems.push(p);
    if (!sameStatic(ours.staticShapes[k], theirs.staticShapes[k], c.staticShapes === 'compatible'))
      problems.push(`output ${k}: inferred static shape ${JSON.stringify(ours.staticShapes[k])}, TensorFlow's ${JSON.stringify(theirs.staticShapes[k])}`);
  });
  // An op with a gradient must have been differentiated whenever the case has a float input to differentiate.
  if (ours.grads === undefined) return gradientKind(c.op) === 'gradient' && c.inputs.some((x) => (x.wrt ?? (x.dtype ?? 'float32') === 'float32')) && ours.outputs[0].dtype === 'float32' ? [...problems, 'no gradients were compared'] : problems;
  ours.grads.forEach((g, k) => {
    const t = theirs.grads[k];
    if ((g === null) !== (t === null)) problems.push(`gradient ${k}: ${g === null ? 'none' : 'computed'}, TensorFlow ${t === null ? 'has none' : 'computes one'}`);
    else if (g && t) {
      const p = tensorMismatch(`gradient ${k}`, g, t, tol);
      if (p) problems.push(p);
    }
  });
  return problems;
}

/** Equal static shapes, or with `compatible` the same rank and dims that agree wherever both are known. */
function sameStatic(ours: readonly (number | null)[] | null, theirs: readonly (number | null)[] | null, compatible: boolean): boolean {
  if (!compatible || ours === null || theirs === null) return JSON.stringify(ours) === JSON.stringify(theirs);
  return ours.length === theirs.length && ours.every((d, i) => d === null || theirs[i] === null || d === theirs[i]);
}
