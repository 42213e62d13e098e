import { activationGradOp } from './activationGrad.ts';

export const LeakyReluGrad = activationGradOp({
  kind: 'LeakyReluGrad',
  doc: 'The backward pass of LeakyRelu: dy where the input x was positive, and alpha * dy elsewhere, so a unit below zero still learns a little. TF1 names it LeakyReluGrad.',
  inputs: [
    { name: 'dy', doc: 'Gradient of the loss with respect to the LeakyRelu output.' },
    { name: 'x', doc: 'The LeakyRelu\'s input.' },
  ],
  attrs: {
    alpha: { type: 'float', default: 0.2, doc: 'The forward op\'s slope for negative inputs.' },
  },
});
