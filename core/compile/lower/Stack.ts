import * as tf from '@tensorflow/tfjs-core';
import { Stack } from '../../ops/Stack.ts';
import { defineLowering } from '../lowering.ts';

export const StackLowering = defineLowering(Stack, ({ axis }) => (values) => tf.stack(values, axis));
