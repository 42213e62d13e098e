import { defineOp } from './opDef.ts';
import { OPTIMIZER_ATTRS } from './optimizerAttrs.ts';

/**
 * One training step as one node. On the canvas it has a single input, the
 * loss; training expansion (core/autodiff/expandTraining.ts) adds the gradient
 * nodes and one ApplyGradient per variable, wired into `updates`, so running
 * this node runs the whole step.
 *
 * It passes the loss through because a plan computes fetched tensors: fetching
 * the Minimize runs the step and gives the loss it saw, before the update, as
 * TF1's `sess.run([cost, train])` does.
 */
export const Minimize = defineOp({
  kind: 'Minimize',
  category: 'optimizers',
  doc: "One training step: computes the gradient of the loss with respect to every trainable Variable the loss depends on, and moves each variable against its gradient by the optimizer's rule (GradientDescent, Momentum, Adagrad, Adadelta, RMSProp or Adam). Train runs it once per step. A loss with several elements is minimised as their sum, like TF1. TF1: `train = tf.train.AdamOptimizer(learning_rate=0.001).minimize(cost)`.",
  inputs: [
    { name: 'loss', doc: 'The cost to minimise, usually a scalar such as ReduceMean of the per-example losses.', dtypes: ['float32'] },
    { name: 'updates', doc: 'The per-variable update steps; training expansion wires them, never the learner.', variadic: true, minCount: 0, internal: true },
  ],
  outputs: [{ name: 'loss', doc: 'The loss of this step, computed before the update.' }],
  attrs: OPTIMIZER_ATTRS,
  infer: ({ in: [loss] }) => [{ dtype: loss.dtype, shape: loss.shape }],
  stateful: true,
});
