import { poolGradOp } from './pool.ts';

export const MaxPoolGrad = poolGradOp(
  'MaxPoolGrad',
  'The backward pass of MaxPool: each window\'s incoming gradient goes entirely to the position that held the maximum (the first one, if several tie), and every other position gets 0. Autodiff adds it; TF1 names it MaxPoolGrad.',
  [
    { name: 'input', doc: 'The MaxPool\'s input.' },
    { name: 'output', doc: 'The MaxPool\'s output.' },
    { name: 'dy', doc: 'Gradient of the loss with respect to the MaxPool\'s output.' },
  ],
);
