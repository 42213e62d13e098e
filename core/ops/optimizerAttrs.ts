/**
 * The settings of TF1's optimizers, shared by Minimize (where the learner sets
 * them) and the ApplyGradient nodes that training expansion copies them to.
 * Defaults are TF1's (tensorflow/python/training/*.py) except where TF1 has
 * none: its learning_rate is required for most optimizers, and
 * MomentumOptimizer has no default momentum.
 */
import type { AttrValues } from './attrs.ts';

export const OPTIMIZER_KINDS = ['GradientDescent', 'Momentum', 'Adagrad', 'Adadelta', 'RMSProp', 'Adam'] as const;
export type OptimizerKind = (typeof OPTIMIZER_KINDS)[number];

/** Largest beta: at 1 the bias correction 1 - beta^t is 0 and Adam divides by it. */
const BETA_MAX = 0.999999;

export const OPTIMIZER_ATTRS = {
  optimizer: { type: 'enum', options: OPTIMIZER_KINDS, default: 'GradientDescent', doc: 'Update rule: GradientDescent, Momentum, Adagrad, Adadelta, RMSProp or Adam (TF1 tf.train.<Name>Optimizer).' },
  learningRate: {
    type: 'float', default: 0.01, min: 0, exclusiveMin: true,
    doc: 'Step size. TF1 requires it for most optimizers; Adam and Adadelta default to 0.001 there, the course uses 0.01 to 0.1 for GradientDescent and 0.001 for Adam.',
  },
  momentum: { type: 'float', default: 0.9, min: 0, doc: 'Momentum only: how much of the previous step carries over. TF1 has no default; 0.9 is the usual choice.' },
  useNesterov: { type: 'bool', default: false, doc: 'Momentum only: Nesterov accelerated gradient.' },
  initialAccumulatorValue: { type: 'float', default: 0.1, min: 0, exclusiveMin: true, doc: 'Adagrad only: starting value of the sum of squared gradients (TF1 default 0.1).' },
  rho: { type: 'float', default: 0.95, min: 0, max: 1, doc: 'Adadelta only: decay of the running averages (TF1 default 0.95).' },
  epsilon: { type: 'float', default: 1e-8, min: 0, exclusiveMin: true, doc: 'Adam and Adadelta: small constant that keeps the denominator above 0 (TF1 default 1e-8).' },
  decay: { type: 'float', default: 0.9, min: 0, max: 1, doc: 'RMSProp only: decay of the mean square of the gradients (TF1 default 0.9).' },
  rmsMomentum: { type: 'float', default: 0, min: 0, doc: 'RMSProp only: its momentum (TF1 default 0).' },
  rmsEpsilon: { type: 'float', default: 1e-10, min: 0, exclusiveMin: true, doc: 'RMSProp only: its epsilon (TF1 default 1e-10).' },
  centered: { type: 'bool', default: false, doc: 'RMSProp only: normalise by the variance of the gradient instead of its mean square.' },
  beta1: { type: 'float', default: 0.9, min: 0, max: BETA_MAX, doc: 'Adam only: decay of the first moment, the running mean of the gradients (TF1 default 0.9).' },
  beta2: { type: 'float', default: 0.999, min: 0, max: BETA_MAX, doc: 'Adam only: decay of the second moment, the running mean of squared gradients (TF1 default 0.999).' },
} as const;

export type OptimizerSettings = AttrValues<typeof OPTIMIZER_ATTRS>;

/** The attrs each optimizer reads, so a properties panel can hide the others. */
export const OPTIMIZER_SETTINGS: Record<OptimizerKind, readonly (keyof OptimizerSettings)[]> = {
  GradientDescent: ['learningRate'],
  Momentum: ['learningRate', 'momentum', 'useNesterov'],
  Adagrad: ['learningRate', 'initialAccumulatorValue'],
  Adadelta: ['learningRate', 'rho', 'epsilon'],
  RMSProp: ['learningRate', 'decay', 'rmsMomentum', 'rmsEpsilon', 'centered'],
  Adam: ['learningRate', 'beta1', 'beta2', 'epsilon'],
};
