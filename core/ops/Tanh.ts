import { unaryOp } from './elementwise.ts';

export const Tanh = unaryOp({
  kind: 'Tanh',
  category: 'activations',
  doc: 'The hyperbolic tangent of every element: an S-shaped curve like Sigmoid, but from -1 to 1 and centred on 0, which often makes the next layer learn faster. It still flattens out for large inputs, so deep tanh nets also suffer from vanishing gradients. Float32 only. TF1: `tf.tanh(x)`.',
});
