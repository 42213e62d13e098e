/**
 * Turns fed values into tensors that fit their Placeholder, or says exactly
 * why they do not.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { NestedNumbers } from '../graph/document.ts';
import type { TensorType } from '../graph/shape.ts';
import { checkNested, nestedShape } from '../ops/attrs.ts';
import { feedShapeMessage } from './feedShape.ts';
import { RunError } from './runError.ts';

export type FeedValue = NestedNumbers | tf.Tensor;

/** A tensor for the placeholder; the caller owns it. Throws RunError naming the placeholder. */
export function feedTensor(value: FeedValue, type: TensorType, nodeId: string, nodeName: string): tf.Tensor {
  let t: tf.Tensor;
  if (value instanceof tf.Tensor) {
    // A same-shape reshape shares the caller's data on every backend (clone copies on wasm);
    // the session disposes this view, never the caller's tensor.
    t = value.dtype === type.dtype ? tf.reshape(value, value.shape) : tf.cast(value, type.dtype);
  } else {
    if (!checkNested(value)) throw new RunError(`Feed for Placeholder "${nodeName}" is not a number or a rectangular list of numbers`, nodeId);
    t = tf.tensor(value as number, nestedShape(value), type.dtype);
  }
  const problem = feedShapeMessage(nodeName, t.shape, type);
  if (problem) {
    t.dispose();
    throw new RunError(problem, nodeId);
  }
  return t;
}
