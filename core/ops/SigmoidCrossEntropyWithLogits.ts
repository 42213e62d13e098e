import { defineOp } from './opDef.ts';
import { labelsLogitsShape } from './lossShape.ts';

export const SigmoidCrossEntropyWithLogits = defineOp({
  kind: 'SigmoidCrossEntropyWithLogits',
  category: 'losses',
  doc: 'The yes/no (logistic) loss for each element: how far sigmoid(logits) is from labels between 0 and 1. It equals -(z*log(sigmoid(x)) + (1-z)*log(1-sigmoid(x))), the cost of the XOR lessons, but is computed as max(x,0) - x*z + log(1+exp(-|x|)) so a very confident wrong score gives a large finite loss instead of log(0). Labels and logits have one shape and so does the loss; wrap it in ReduceMean for the cost. TF1: `tf.nn.sigmoid_cross_entropy_with_logits(labels=Y, logits=logits)`.',
  inputs: [
    { name: 'labels', doc: 'Targets z between 0 and 1, same shape as logits.', dtypes: ['float32'] },
    { name: 'logits', doc: 'Raw scores x (before any Sigmoid).', dtypes: ['float32'] },
  ],
  outputs: [{ name: 'loss', doc: 'The loss of each element, same shape as the inputs.' }],
  attrs: {},
  infer: ({ in: [labels, logits] }) => {
    const common = labelsLogitsShape('SigmoidCrossEntropyWithLogits', labels, logits);
    return 'shape' in common ? [{ dtype: 'float32', shape: common.shape }] : common;
  },
});
