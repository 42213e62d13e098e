/**
 * One node's kernel as the compiler lowers it for a named backend, called
 * directly: for checking which tfjs kernels a lowering picks per backend, and
 * for timing kernels without a session around them (bench/convSpeed).
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { GraphNode } from '../core/graph/document.ts';
import type { Kernel, RunContext } from '../core/compile/lowering.ts';
import { findLowering } from '../core/compile/registry.ts';

const context = { variable: () => { throw new Error('no variables here'); }, slots: () => new Map(), seed: 0, step: 0 } as unknown as RunContext;

/** The kernel of an `op` node with these attrs (all of them, as analysis would resolve them) and input shapes, lowered for `backend`. */
export function lowered(op: string, attrs: Record<string, unknown>, inputShapes: number[][], backend: string): (inputs: tf.Tensor[]) => tf.Tensor {
  const node: GraphNode = { id: op, op, name: op, attrs: attrs as GraphNode['attrs'], position: { x: 0, y: 0 } };
  const inputTypes = inputShapes.map((shape) => ({ dtype: 'float32' as const, shape }));
  const result = findLowering(op)!.lower(attrs as never, { backend, node, inputs: [], inputTypes, outputTypes: [] });
  if (typeof result !== 'function') throw new Error(`${op}: its lowering owns tensors; dispose them with the plan instead`);
  const kernel: Kernel = result;
  return (inputs) => kernel(inputs, context) as tf.Tensor;
}
