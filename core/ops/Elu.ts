import { unaryOp } from './elementwise.ts';

export const Elu = unaryOp({
  kind: 'Elu',
  category: 'activations',
  doc: 'Exponential linear unit: x where x > 0, and e^x - 1 elsewhere. Like Relu for positive values, but negative values curve smoothly down towards -1 instead of being cut to 0, so units keep a gradient and average activations stay nearer zero. Float32 only. TF1: `tf.nn.elu(x)`.',
});
