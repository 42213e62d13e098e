import { activationGradOp } from './activationGrad.ts';

export const SigmoidGrad = activationGradOp({
  kind: 'SigmoidGrad',
  doc: 'The backward pass of Sigmoid: dy * y * (1 - y), where y is the sigmoid\'s output. y * (1 - y) is at most 0.25, so every sigmoid layer shrinks the gradient at least fourfold: the vanishing gradient. TF1 names it SigmoidGrad.',
  inputs: [
    { name: 'y', doc: 'The Sigmoid\'s output.' },
    { name: 'dy', doc: 'Gradient of the loss with respect to y.' },
  ],
});
