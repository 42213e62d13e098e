import { Conv2D } from '../ops/Conv2D.ts';
import { defineGrad } from './gradient.ts';

/** TF1's pair: Conv2DBackpropInput for the images, Conv2DBackpropFilter for the filter, both with the forward strides and padding. */
export const Conv2DGradient = defineGrad(Conv2D, ({ b, dy, x: [input, filter], attrs: { strides, padding } }) => [
  () => b.op('Conv2DBackpropInput', { input, filter, dy }, { strides, padding }),
  () => b.op('Conv2DBackpropFilter', { input, filter, dy }, { strides, padding }),
]);
