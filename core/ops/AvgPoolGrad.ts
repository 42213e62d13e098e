import { poolGradOp } from './pool.ts';

export const AvgPoolGrad = poolGradOp(
  'AvgPoolGrad',
  'The backward pass of AvgPool: each window\'s incoming gradient is shared equally among the positions it averaged. Autodiff adds it; TF1 names it AvgPoolGrad.',
  [
    { name: 'input', doc: 'The AvgPool\'s input (only its shape is used).' },
    { name: 'dy', doc: 'Gradient of the loss with respect to the AvgPool\'s output.' },
  ],
);
