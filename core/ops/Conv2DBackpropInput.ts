import { convGradOp } from './convGrad.ts';

export const Conv2DBackpropInput = convGradOp(
  'Conv2DBackpropInput',
  'The backward pass of Conv2D towards its input: every input pixel collects the incoming gradient of each output it took part in, weighted by the filter entry that touched it. It is a convolution of the gradient with the filter flipped top to bottom and left to right (a "transposed convolution"). Autodiff adds it when something before a Conv2D is trained. TF1 names it Conv2DBackpropInput.',
  0,
);
