import { unaryOp } from './elementwise.ts';

export const LeakyRelu = unaryOp({
  kind: 'LeakyRelu',
  category: 'activations',
  attrs: {
    alpha: { type: 'float', default: 0.2, doc: 'Slope for negative inputs (TF default 0.2; the course uses 0.1).' },
  },
  doc: 'Like Relu, but a negative value is multiplied by a small slope alpha instead of being set to 0: max(alpha * x, x). A unit whose inputs went negative still passes a little gradient back, so it cannot "die" and stop learning. Float32 only. TF1: `tf.nn.leaky_relu(x, alpha=0.2)`; the course uses alpha 0.1.',
});
