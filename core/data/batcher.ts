/**
 * Which examples each training step sees. Every epoch visits every example
 * once, in the order NumPy gives: epoch e's order is the (e+1)-th
 * `rng.permutation(n)` of `rng = np.random.RandomState(seed)`, so an exported
 * program shuffles the same way, step k's batch is the same however training
 * was paused and resumed, and a step can be replayed.
 */
import { MT19937 } from '../random/mt19937.ts';
import type { DataArray } from './dataArray.ts';
import { rowSize } from './dataArray.ts';

/** The RandomState seed of graph seed `seed`: RandomState takes [0, 2^32), so a negative seed wraps. */
export function shuffleSeed(seed: number): number {
  return ((seed % 2 ** 32) + 2 ** 32) % 2 ** 32;
}

export class Batcher {
  /** Steps per epoch: the last batch of an epoch may be smaller. */
  readonly batchesPerEpoch: number;
  readonly batchSize: number;
  private cachedEpoch = -1;
  private order: Int32Array | undefined;
  /** The generator after the cached epoch's permutation. */
  private rng: MT19937 | undefined;

  /** `batchSize` undefined (or at least `examples`) means full-batch: one step per epoch, no shuffle. */
  constructor(readonly examples: number, batchSize: number | undefined, readonly seed: number) {
    this.batchSize = batchSize === undefined ? examples : Math.min(batchSize, examples);
    this.batchesPerEpoch = this.batchSize === 0 ? 1 : Math.ceil(examples / this.batchSize);
  }

  /** True when every step sees all the examples in their order. */
  get fullBatch(): boolean {
    return this.batchSize >= this.examples;
  }

  /** The epoch (from 0) that step `step` (from 0) belongs to. */
  epochOf(step: number): number {
    return Math.floor(step / this.batchesPerEpoch);
  }

  /** Example indices of step `step`'s batch; undefined for full-batch training. */
  indices(step: number): Int32Array | undefined {
    if (this.fullBatch) return undefined;
    const epoch = this.epochOf(step);
    if (epoch !== this.cachedEpoch) this.shuffleFor(epoch);
    const start = (step % this.batchesPerEpoch) * this.batchSize;
    return this.order!.subarray(start, Math.min(start + this.batchSize, this.examples));
  }

  /** Draws permutations up to epoch `epoch`'s, from the cached one when it lies before, else from the seed. */
  private shuffleFor(epoch: number): void {
    if (!this.rng || epoch < this.cachedEpoch) {
      this.rng = new MT19937(shuffleSeed(this.seed));
      this.cachedEpoch = -1;
    }
    while (this.cachedEpoch < epoch) {
      this.order = this.rng.permutation(this.examples);
      this.cachedEpoch++;
    }
  }
}

/** The rows of `data` at `indices`, in that order. */
export function gatherRows(data: DataArray, indices: Int32Array): DataArray {
  const size = rowSize(data);
  const values = new Float32Array(indices.length * size);
  for (let i = 0; i < indices.length; i++) values.set(data.values.subarray(indices[i] * size, (indices[i] + 1) * size), i * size);
  return { values, shape: [indices.length, ...data.shape.slice(1)] };
}
