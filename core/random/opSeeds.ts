/**
 * Which seed pair each random node of a graph draws with, by TF1's rules: the
 * graph seed (the session's) with the node's op seed, and for a node without
 * one, the count of such nodes before it, as TF numbers the random ops a
 * program creates without `seed=` (TF 2.x's get_seed counter; the document's
 * node order is the program's order). Random nodes are Variables with a
 * random initializer and Dropouts: one random op each in TF.
 */
import type { GraphNode } from '../graph/document.ts';
import { isRandomInitializer, type InitializerSpec } from '../ops/initializers.ts';
import { getSeed } from './seeds.ts';

/** The op seed a node was given (`seed=`), null when it draws but has none, undefined when it draws nothing. */
export function givenOpSeed(node: GraphNode): number | null | undefined {
  if (node.op === 'Dropout') return typeof node.attrs.seed === 'number' ? node.attrs.seed : null;
  if (node.op !== 'Variable') return undefined;
  const spec = node.attrs.initializer as InitializerSpec | undefined;
  // A Variable without an initializer attr starts from the op's default, a random normal.
  if (spec !== undefined && !isRandomInitializer(spec)) return undefined;
  const seed = (spec as { seed?: number } | undefined)?.seed;
  return typeof seed === 'number' ? seed : null;
}

/** Node id -> the op seed TF would use (given or counted), for every random node, in document order. */
export function opSeeds(nodes: readonly GraphNode[]): Map<string, number> {
  const out = new Map<string, number>();
  let counted = 0;
  for (const node of nodes) {
    const given = givenOpSeed(node);
    if (given === undefined) continue;
    out.set(node.id, given ?? counted++);
  }
  return out;
}

/** Node id -> the kernel's (seed, seed2) for every random node, with graph seed `graphSeed`. */
export function kernelSeeds(nodes: readonly GraphNode[], graphSeed: number | undefined): Map<string, [number, number]> {
  return new Map([...opSeeds(nodes)].map(([id, op]) => [id, getSeed(graphSeed, op)]));
}
