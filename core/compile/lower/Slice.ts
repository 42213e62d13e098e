import * as tf from '@tensorflow/tfjs-core';
import { Slice } from '../../ops/Slice.ts';
import { defineLowering } from '../lowering.ts';

/**
 * tfjs's slice (a Slice kernel on every backend) reads -1 as "to the end", as
 * TF does. The block is checked against the fed shape first: wasm's kernel
 * does not check and would read past the tensor.
 */
export const SliceLowering = defineLowering(Slice, ({ begin, size }) => {
  const [at, length] = [begin ?? [], size ?? []];
  return ([x]) => {
    x.shape.forEach((d, i) => {
      const end = length[i] === -1 ? d : at[i] + length[i];
      if (at[i] > d || end > d) throw new Error(`the block [${at[i]}, ${end}) of dimension ${i} does not fit the x fed, [${x.shape.join(',')}]; feed a larger x or cut a smaller block`);
    });
    return tf.slice(x, at, length);
  };
});
