import * as tf from '@tensorflow/tfjs-core';
import type { FeedSet } from './feedSet.ts';
import type { Session } from './session.ts';
import type { LoggedFetch } from './trainTypes.ts';

/**
 * The fetches' values on all of `data`, in batches of `batchSize` (all at
 * once when undefined), averaged weighted by batch size: exact for means
 * (the loss, accuracy), an approximation for anything else.
 */
export async function evaluate(session: Session, fetches: readonly LoggedFetch[], data: FeedSet, batchSize: number | undefined): Promise<Record<string, number>> {
  if (fetches.length === 0) return {};
  const n = data.examples;
  const chunks: (Int32Array | undefined)[] = [];
  if (n === undefined || batchSize === undefined || batchSize >= n) chunks.push(undefined);
  else for (let start = 0; start < n; start += batchSize) chunks.push(range(start, Math.min(start + batchSize, n)));
  const sums = new Array<number>(fetches.length).fill(0);
  for (const indices of chunks) {
    const { feeds, dispose } = data.feeds(indices);
    let results: tf.Tensor[] = [];
    try {
      results = session.run(fetches.map((f) => f.ref), feeds);
      const weight = indices === undefined ? 1 : indices.length / n!;
      const means = await Promise.all(results.map(meanOf));
      means.forEach((m, i) => (sums[i] += weight * m));
    } finally {
      dispose();
      tf.dispose(results);
    }
  }
  return Object.fromEntries(fetches.map((f, i) => [f.label, sums[i]]));
}

function range(start: number, end: number): Int32Array {
  const r = new Int32Array(end - start);
  for (let i = 0; i < r.length; i++) r[i] = start + i;
  return r;
}

/** The mean of a tensor's elements (the value itself for a scalar); what logs show for a non-scalar fetch. */
export async function meanOf(t: tf.Tensor): Promise<number> {
  const data = await t.data();
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum += Number(data[i]);
  return data.length === 0 ? Number.NaN : sum / data.length;
}
