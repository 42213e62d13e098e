/**
 * The op kinds with no gradient, each with its reason. NON_DIFFERENTIABLE is
 * shown to the learner where gradient flow stops; GRADIENT_NOT_NEEDED names
 * the ops the backward pass never differentiates. registry.ts types its
 * table by both, and opTables.test.ts checks every kind is in exactly one place.
 */
import type { OpKind } from '../ops/opKinds.ts';

/**
 * Ops with no gradient, and why, for the note shown where gradient flow
 * stops. Sources (Constant, Placeholder, Variable) have no inputs to pass a
 * gradient to, so they never need one.
 */
export const NON_DIFFERENTIABLE = {
  ArgMax: 'ArgMax gives the position of the largest value, which jumps from one index to another instead of changing smoothly, so it has no gradient',
  Equal: 'a comparison gives true or false, which has no gradient',
  Greater: 'a comparison gives true or false, which has no gradient',
  Less: 'a comparison gives true or false, which has no gradient',
  StopGradient: 'StopGradient passes its input forward unchanged and, by design, no gradient back: what comes before it is held fixed while training (tf.stop_gradient)',
  OneHot: 'OneHot turns whole class numbers into rows of 0s and 1s, which has no gradient',
  OnesLike: 'its output is all ones whatever its input holds, so no gradient flows back through it',
  ZerosLike: 'its output is all zeros whatever its input holds, so no gradient flows back through it',
} as const satisfies Partial<Record<OpKind, string>>;

const SOURCE = 'a source: it has no inputs to pass a gradient to';
const BACKWARD = 'made only by the backward pass (autodiff), which differentiates once: no second derivatives';
const TRAINING = 'a training step added by expandTraining, after the backward pass: nothing is differentiated through it';
const INTERNAL = 'an internal op of the backward pass (autodiff builds it for a gradient), never differentiated itself';

/** Ops that never need a gradient: sources, the backward pass's own ops and training steps. */
export const GRADIENT_NOT_NEEDED = {
  Constant: SOURCE,
  Placeholder: SOURCE,
  Variable: SOURCE,
  Minimize: 'the training step itself: differentiate() starts at its loss, so nothing flows back through it',
  ApplyGradient: TRAINING,
  AvgPoolGrad: BACKWARD,
  Conv2DBackpropFilter: BACKWARD,
  Conv2DBackpropInput: BACKWARD,
  EluGrad: BACKWARD,
  LeakyReluGrad: BACKWARD,
  MaxPoolGrad: BACKWARD,
  LRNGrad: BACKWARD,
  ReluGrad: BACKWARD,
  SigmoidGrad: BACKWARD,
  TanhGrad: BACKWARD,
  BroadcastLike: INTERNAL,
  ConcatSlice: INTERNAL,
  ReductionSize: INTERNAL,
  ReshapeLike: INTERNAL,
  SliceLike: INTERNAL,
  GatherGrad: INTERNAL,
  PadLike: INTERNAL,
  SumToShapeOf: INTERNAL,
  UnstackAt: INTERNAL,
} as const satisfies Partial<Record<OpKind, string>>;
