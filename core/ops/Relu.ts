import { NUMERIC, unaryOp } from './elementwise.ts';

export const Relu = unaryOp({
  kind: 'Relu',
  category: 'activations',
  dtypes: NUMERIC,
  doc: 'Rectified linear unit: max(0, x) for every element. Positive values pass unchanged and negative ones become 0. Because its slope is 1 wherever it is active, gradients do not shrink layer after layer as they do with Sigmoid, so deep networks keep learning; it is the usual activation for hidden layers. TF1: `tf.nn.relu(x)`.',
});
