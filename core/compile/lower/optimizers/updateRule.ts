/**
 * The shape of an optimizer's update rule. One file per optimizer beside this
 * one implements TF1's kernel (tensorflow/core/kernels/training_ops.cc) with
 * tfjs ops; `updateRules.ts` lists them.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { OptimizerSettings } from '../../../ops/optimizerAttrs.ts';

export interface UpdateArgs {
  /** The variable's value before the update. */
  value: tf.Tensor;
  /** The gradient of the loss with respect to the variable, of its shape. */
  gradient: tf.Tensor;
  /** This variable's optimizer state (accumulators, moments), kept by the session. */
  slots: Map<string, tf.Variable>;
  settings: OptimizerSettings;
  /** Which update this is for the optimizer, counting from 1 (TF1's t in Adam's bias correction). */
  t: number;
}

/** Computes the variable's new value and writes the slots. Runs inside tf.tidy. */
export type UpdateRule = (args: UpdateArgs) => tf.Tensor;

/** The slot called `name`, created from `init` on first use (or after Session.reset). */
export function slot(slots: Map<string, tf.Variable>, name: string, init: () => tf.Tensor): tf.Variable {
  let v = slots.get(name);
  if (!v) {
    const initial = init();
    v = tf.variable(initial, false);
    initial.dispose();
    slots.set(name, v);
  }
  return v;
}

/** `1 - x` as TF1 computes it: in float32, from the float32 value of x. */
export function oneMinus(x: number): number {
  return Math.fround(1 - Math.fround(x));
}
