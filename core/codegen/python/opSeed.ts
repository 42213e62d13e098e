/**
 * The op seed TF1 gives each random op a program creates, as
 * random_seed.get_seed picks it: `seed=` when given; else, while the graph
 * seed is set, how many such ops the graph has made so far (TF 2.x keeps a
 * per-graph counter; TF 1.x took the graph's last op id instead); else none,
 * and TF draws that op's numbers afresh on every run.
 */
import type { ImportContext } from './context.ts';
import { note } from './context.ts';
import { intOf } from './convert.ts';
import type { Value } from './values.ts';

/** What the importer has counted of the program's random ops. */
export interface OpSeedCount {
  /** Ops made without seed= while the graph seed was set: the next one gets this number. */
  counted: number;
  /** An op with seed= but no graph seed: TF pairs it with its default graph seed. */
  seededWithoutGraphSeed: boolean;
  /** Whether the learner was told that TF draws unseeded ops at random. */
  toldUnseeded: boolean;
}

export function newOpSeedCount(): OpSeedCount {
  return { counted: 0, seededWithoutGraphSeed: false, toldUnseeded: false };
}

/** The op seed of a random op made now, given its `seed=` argument; undefined when TF would draw it at random. */
export function takeOpSeed(ctx: ImportContext, given: Value | undefined, what: string): number | undefined {
  const graphSeeded = ctx.session.seed !== undefined;
  if (given !== undefined && given.kind !== 'none') {
    const seed = intOf(given, `the seed of ${what}`);
    if (!graphSeeded) ctx.opSeeds.seededWithoutGraphSeed = true;
    return seed;
  }
  if (graphSeeded) return ctx.opSeeds.counted++;
  if (!ctx.opSeeds.toldUnseeded) {
    note(ctx, `${what} has no seed and the program sets no graph seed (tf.set_random_seed), so TensorFlow draws it differently on every run; Flowboard gives it a fixed seed`);
    ctx.opSeeds.toldUnseeded = true;
  }
  return undefined;
}
