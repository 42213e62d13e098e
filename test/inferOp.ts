/**
 * Shape-inference tests of one op: the op fed by Placeholders of given static
 * types, analysed as the editor analyses it.
 */
import { expect } from 'vitest';
import type { AttrValue } from '../core/graph/document.ts';
import { analyze } from '../core/graph/analyze.ts';
import type { Shape, TensorType } from '../core/graph/shape.ts';
import { getOp } from '../core/ops/registry.ts';
import { GraphBuilder, type NodeHandle } from './graphBuilder.ts';

/** Analyzes one op fed by placeholders of the given static types: its first output type and the errors. */
export function infer(op: string, inputs: TensorType[], attrs: Record<string, AttrValue> = {}) {
  const g = new GraphBuilder();
  const ins = inputs.map((t, i) => g.add('Placeholder', { shape: t.shape, dtype: t.dtype }, `in${i}`));
  const wiring: Record<string, NodeHandle | NodeHandle[]> = {};
  getOp(op).inputs.forEach((spec, i) => {
    wiring[spec.name] = spec.variadic ? ins.slice(i) : ins[i];
  });
  const node = g.add(op, attrs, 'op', wiring);
  const analysis = analyze(g.doc());
  return { out: analysis.types.get(node.id)?.[0], errors: analysis.diagnostics.filter((d) => d.severity === 'error') };
}

export const f = (shape: Shape): TensorType => ({ dtype: 'float32', shape });
export const i32 = (shape: Shape): TensorType => ({ dtype: 'int32', shape });
export const b = (shape: Shape): TensorType => ({ dtype: 'bool', shape });

/** Expects exactly one error with this code whose message contains `text` and a fix; returns it. */
export function expectError(r: ReturnType<typeof infer>, code: string, text: string) {
  expect(r.out).toBeUndefined();
  expect(r.errors.map((e) => e.code)).toEqual([code]);
  expect(r.errors[0].message).toContain(text);
  expect(r.errors[0].fix).toBeTruthy();
  return r.errors[0];
}
