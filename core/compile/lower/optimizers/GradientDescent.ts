import * as tf from '@tensorflow/tfjs-core';
import type { UpdateRule } from './updateRule.ts';

/** TF1 ApplyGradientDescent: var -= lr * grad. */
export const gradientDescent: UpdateRule = ({ value, gradient, settings }) => tf.sub(value, tf.mul(gradient, settings.learningRate));
