import { convGradOp } from './convGrad.ts';

export const Conv2DBackpropFilter = convGradOp(
  'Conv2DBackpropFilter',
  'The backward pass of Conv2D towards its filter: each filter entry\'s gradient sums, over every image and every position, the input value it touched times the incoming gradient there. Autodiff adds it to train a convolution\'s filters. TF1 names it Conv2DBackpropFilter.',
  1,
);
