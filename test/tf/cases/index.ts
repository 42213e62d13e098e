/** All op cases the TensorFlow referee runs, and the op kinds checked in another test:tf file. */
import type { OpCase } from '../opCase.ts';
import { INTERNAL_CASES } from './internalCases.ts';
import { MATH_CASES } from './mathCases.ts';
import { NN_CASES } from './nnCases.ts';
import { SHAPE_CASES } from './shapeCases.ts';

export const OP_CASES: OpCase[] = [...MATH_CASES, ...NN_CASES, ...SHAPE_CASES, ...INTERNAL_CASES];

/** Op kinds whose check needs state across runs, so it lives in training.tf.test.ts. */
export const UNCHECKED_HERE: Record<string, string> = {
  Variable: 'training.tf.test.ts: the deterministic initializers (zeros, ones, constant); the random ones draw Flowboard\'s own numbers (issue 14)',
  Minimize: 'training.tf.test.ts: steps of every optimizer against tf.train.*Optimizer.minimize',
  ApplyGradient: 'training.tf.test.ts: each optimizer\'s update, through Minimize',
};
