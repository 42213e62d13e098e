import { AddN } from '../ops/AddN.ts';
import { defineGrad } from './gradient.ts';

/** Every input of a sum gets the sum's gradient unchanged (AddN does not broadcast). */
export const AddNGradient = defineGrad(AddN, ({ dy, x }) => x.map(() => () => dy));
