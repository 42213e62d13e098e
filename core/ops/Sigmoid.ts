import { unaryOp } from './elementwise.ts';

export const Sigmoid = unaryOp({
  kind: 'Sigmoid',
  category: 'activations',
  doc: 'Squashes every element into the range 0 to 1 with 1 / (1 + e^-x): large positive scores go to 1, large negative ones to 0, and 0 to 0.5. It turns a score into a probability for yes/no questions (logistic regression). Its slope is at most 0.25, so through many sigmoid layers the gradients shrink towards zero and deep nets stop learning: the vanishing gradient. Float32 only. TF1: `tf.sigmoid(x)`.',
});
