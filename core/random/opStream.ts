/**
 * One random op's generator across runs, as GuardedPhiloxRandom keeps it in
 * a TF kernel: it starts at Philox(seed, seed2) and every run of the op
 * reserves 256 outputs per value it draws (PhiloxRandomOp's
 * ReserveRandomOutputs(size, 256)), so the k-th run of an op draws from where
 * the runs before it left off.
 */
import { Philox } from './philox.ts';

/** TF reserves this many 128-bit outputs per value drawn, whatever the distribution. */
export const OUTPUTS_PER_VALUE = 256;

export class OpStream {
  /** 128-bit outputs reserved so far. */
  position = 0;

  constructor(
    readonly seed: number,
    readonly seed2: number,
  ) {
    // GuardedPhiloxRandom::Init reads (0, 0) as "seed from the clock"; get_seed never gives it.
    if (seed === 0 && seed2 === 0) throw new RangeError('seeds (0, 0) mean "random" to TensorFlow; use getSeed to pick the pair');
  }

  /** The generator where the next run would start, without advancing. */
  peek(): Philox {
    const gen = new Philox(this.seed, this.seed2);
    gen.skip(this.position);
    return gen;
  }

  /** The generator for a run drawing `size` values; the stream moves past what it reserves. */
  reserve(size: number): Philox {
    const gen = this.peek();
    this.position += size * OUTPUTS_PER_VALUE;
    return gen;
  }
}
