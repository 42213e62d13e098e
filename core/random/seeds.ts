/**
 * TF1's seed rules, as python/framework/random_seed.py's get_seed combines a
 * graph seed (tf.set_random_seed) with an op's own seed= into the pair the
 * op's kernel gets as its `seed` and `seed2` attrs.
 */

/** The graph seed TF uses when only the op seed is given. */
export const DEFAULT_GRAPH_SEED = 87654321;
/** Seeds are taken modulo 2^31 - 1. */
export const MAXINT32 = 2 ** 31 - 1;

/** Python's `seed % _MAXINT32`: non-negative for negative seeds too. */
export function truncateSeed(seed: number): number {
  return ((seed % MAXINT32) + MAXINT32) % MAXINT32;
}

/**
 * get_seed(op_seed) for a graph whose seed is `graphSeed`. `opSeed` must be
 * known here: with a graph seed and no op seed, TF takes the graph's count of
 * such ops so far (see opSeeds.ts); with neither seed TF draws at random, which
 * Flowboard does not do.
 */
export function getSeed(graphSeed: number | undefined, opSeed: number): [number, number] {
  const seeds: [number, number] = graphSeed === undefined ? [DEFAULT_GRAPH_SEED, truncateSeed(opSeed)] : [truncateSeed(graphSeed), truncateSeed(opSeed)];
  // (0, 0) means "random" to the kernels.
  if (seeds[0] === 0 && seeds[1] === 0) return [0, MAXINT32];
  return seeds;
}
