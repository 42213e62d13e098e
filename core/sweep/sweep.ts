/**
 * A sweep: the same graph trained over a grid of settings, each setting over
 * several seeds, so a difference can be told from seed noise. Saved as the
 * session's optional `sweep` field.
 */
import type { AttrValue } from '../graph/document.ts';

/** The session settings an axis may vary, as `session.NAME`. */
export const SWEEP_SESSION_SETTINGS = ['steps', 'epochs', 'batchSize', 'logEvery'] as const;

/**
 * One axis: `target` is `NODE.ATTR` (`train.learningRate`), `NODE.op` (the
 * node's op kind, e.g. an activation), `NODE.INPUT` over node names (which
 * node feeds that input: `layer2.a=relu,maxout`), `session.batchSize`, or a
 * bare name: an attribute exactly one node has (`optimizer`) or a session setting.
 */
export interface SweepAxis {
  target: string;
  values: AttrValue[];
}

export interface SweepDefinition {
  /** One or two axes; their grid is every combination. */
  axes: SweepAxis[];
  /** Runs per setting; run k uses graph seed `firstSeed + k`. */
  seeds: number;
  /** The first seed; 1 when absent. */
  firstSeed?: number;
}

/** The most axes, seeds and runs a sweep may have (a sweep is for a small net). */
export const SWEEP_LIMITS = { axes: 2, values: 12, seeds: 50, runs: 500 } as const;

/** The seeds a sweep trains each setting with. */
export function sweepSeeds(sweep: SweepDefinition): number[] {
  const first = sweep.firstSeed ?? 1;
  return Array.from({ length: sweep.seeds }, (_, k) => first + k);
}

/** How a setting is named in tables and legends: `optimizer=Adam, learningRate=0.1`. */
export function settingLabel(setting: readonly { target: string; value: AttrValue }[]): string {
  return setting.map((s) => `${s.target}=${typeof s.value === 'string' ? s.value : JSON.stringify(s.value)}`).join(', ');
}
