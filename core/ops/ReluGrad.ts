import { activationGradOp } from './activationGrad.ts';

export const ReluGrad = activationGradOp({
  kind: 'ReluGrad',
  doc: 'The backward pass of Relu: lets the incoming gradient through where the Relu was active (its value above 0) and blocks it elsewhere. A unit that is 0 for every example passes no gradient at all: a "dead" ReLU. TF1 names it ReluGrad.',
  inputs: [
    { name: 'dy', doc: 'Gradient of the loss with respect to the Relu output.' },
    { name: 'x', doc: 'The Relu\'s output (or input; only the sign matters).' },
  ],
});
