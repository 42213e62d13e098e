/** All op cases the TensorFlow referee runs, and the op kinds checked in another test:tf file. */
import type { OpCase } from '../opCase.ts';
import { ARRAY_CASES } from './arrayCases.ts';
import { INTERNAL_CASES } from './internalCases.ts';
import { MATH_CASES } from './mathCases.ts';
import { NN_CASES } from './nnCases.ts';
import { SHAPE_CASES } from './shapeCases.ts';

export const OP_CASES: OpCase[] = [...MATH_CASES, ...NN_CASES, ...SHAPE_CASES, ...ARRAY_CASES, ...INTERNAL_CASES];

/** Op kinds whose check needs state across runs, so it lives in training.tf.test.ts. */
export const UNCHECKED_HERE: Record<string, string> = {
  Variable: "training.tf.test.ts: every initializer's distribution (mean, spread, bounds) against TF1's `tf.*_initializer` on two shapes; the numbers drawn against TF's in random.tf.test.ts and corpus.tf.test.ts",
  Minimize: 'training.tf.test.ts: 20 steps of each optimizer (9 settings) against `tf.train.<Name>Optimizer(...).minimize`, loss and variables at 1e-5, wasm and cpu',
  ApplyGradient: "training.tf.test.ts: each optimizer's update, through Minimize",
};
