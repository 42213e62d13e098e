import { activationGradOp } from './activationGrad.ts';

export const EluGrad = activationGradOp({
  kind: 'EluGrad',
  doc: 'The backward pass of Elu: dy where the output y is positive, and dy * (y + 1) (that is, dy * e^x) elsewhere, so negative units still pass some gradient. TF1 names it EluGrad.',
  inputs: [
    { name: 'dy', doc: 'Gradient of the loss with respect to the Elu output.' },
    { name: 'y', doc: 'The Elu\'s output.' },
  ],
});
