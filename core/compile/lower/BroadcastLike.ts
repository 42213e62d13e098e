import * as tf from '@tensorflow/tfjs-core';
import { BroadcastLike } from '../../ops/BroadcastLike.ts';
import { defineLowering } from '../lowering.ts';

export const BroadcastLikeLowering = defineLowering(BroadcastLike, ({ axis }) => ([x, like]) => {
  const rank = like.rank;
  const removed = new Set(axis === null ? like.shape.keys() : axis.map((a) => (a < 0 ? a + rank : a)));
  // Put the removed axes back as size 1, then repeat along them.
  const kept: number[] = [];
  let next = 0;
  for (let i = 0; i < rank; i++) kept.push(removed.has(i) ? 1 : x.shape[next++]);
  if (next !== x.rank) throw new Error(`a gradient of shape [${x.shape}] cannot be spread over [${like.shape}] with axes ${JSON.stringify(axis)} put back`);
  return tf.broadcastTo(tf.reshape(x, kept), like.shape);
});
