import { activationGradOp } from './activationGrad.ts';

export const TanhGrad = activationGradOp({
  kind: 'TanhGrad',
  doc: 'The backward pass of Tanh: dy * (1 - y^2), where y is the tanh\'s output. Near y = +-1 the factor is almost 0, so saturated tanh units pass little gradient back. TF1 names it TanhGrad.',
  inputs: [
    { name: 'y', doc: 'The Tanh\'s output.' },
    { name: 'dy', doc: 'Gradient of the loss with respect to y.' },
  ],
});
