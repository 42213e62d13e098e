/**
 * TensorBoard's per-tag reservoir sampling, so a long run keeps a bounded,
 * evenly spread sample per tag and always its latest point. Source:
 * tensorboard/backend/event_processing/reservoir.py (`Reservoir`,
 * `_ReservoirBucket`); sizes from tensorboard/backend/application.py
 * (`DEFAULT_TENSOR_SIZE_GUIDANCE`). Each tag draws from its own generator
 * seeded alike, so a tag's sample does not depend on the others.
 */
import { pythonRandom, type PythonRandom } from './pythonRandom.ts';

/** Points kept per scalar tag by default. */
export const SCALAR_RESERVOIR_SIZE = 1000;
/** Histograms kept per tag by default. */
export const HISTOGRAM_RESERVOIR_SIZE = 500;
/** Steps of images kept per tag by default (TensorBoard's image plugin guidance). */
export const IMAGE_RESERVOIR_SIZE = 10;

/** A per-key reservoir sample. */
export interface Reservoir<T> {
  /** Offers an item for `key`; it is always kept as the newest, possibly evicting an older one. */
  add(key: string, item: T): void;
  /** The kept items of `key`, oldest first (empty for an unknown key). */
  items(key: string): T[];
  keys(): string[];
}

/** A reservoir keeping at most `size` items per key (0 keeps everything), seeded like TensorBoard's (seed 0). */
export function createReservoir<T>(size: number, seed = 0): Reservoir<T> {
  if (!Number.isInteger(size) || size < 0) throw new RangeError(`createReservoir: size must be a nonnegative integer, got ${size}`);
  const buckets = new Map<string, Bucket<T>>();
  return {
    add(key, item) {
      let bucket = buckets.get(key);
      if (bucket === undefined) {
        bucket = { items: [], seen: 0, random: pythonRandom(seed) };
        buckets.set(key, bucket);
      }
      addItem(bucket, item, size);
    },
    items: (key) => [...(buckets.get(key)?.items ?? [])],
    keys: () => [...buckets.keys()],
  };
}

interface Bucket<T> {
  items: T[];
  seen: number;
  random: PythonRandom;
}

/** _ReservoirBucket.AddItem with always_keep_last = True. */
function addItem<T>(bucket: Bucket<T>, item: T, size: number): void {
  if (bucket.items.length < size || size === 0) {
    bucket.items.push(item);
  } else {
    // With probability size/(seen+1) an old item at r leaves and the new one is appended;
    // otherwise the new item replaces the newest, so the latest point is always shown.
    const r = bucket.random.randint(0, bucket.seen);
    if (r < size) {
      bucket.items.splice(r, 1);
      bucket.items.push(item);
    } else {
      bucket.items[bucket.items.length - 1] = item;
    }
  }
  bucket.seen++;
}
