/**
 * Timing helpers for benchmarks: the median of N runs, and interleaved A/B
 * runs whose ratio cancels drift (thermal throttling, other processes on a
 * shared machine) that separate runs would fold into the difference.
 */

export interface Timing {
  /** Milliseconds. */
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface TimeOptions {
  /** Timed runs; 50 by default. */
  runs?: number;
  /** Untimed runs first, so the JIT has compiled the code being measured; 5 by default. */
  warmup?: number;
}

/** Results land here (exported, so observable) so the engine cannot drop a call whose value is unused. */
export let sink: unknown;

/** The median time of `fn` over `runs` runs. */
export function time(fn: () => unknown, { runs = 50, warmup = 5 }: TimeOptions = {}): Timing {
  for (let i = 0; i < warmup; i++) sink = fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(once(fn));
  return summarize(samples);
}

/**
 * Times `a` and `b` in alternating order (AB, BA, AB ...) so both see the same
 * conditions. `ratio` is a's median over b's: 1.25 means a is 25% slower.
 */
export function compare(a: () => unknown, b: () => unknown, { runs = 50, warmup = 5 }: TimeOptions = {}): { a: Timing; b: Timing; ratio: number } {
  for (let i = 0; i < warmup; i++) sink = [a(), b()];
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      as.push(once(a));
      bs.push(once(b));
    } else {
      bs.push(once(b));
      as.push(once(a));
    }
  }
  const ta = summarize(as);
  const tb = summarize(bs);
  return { a: ta, b: tb, ratio: ta.median / tb.median };
}

function once(fn: () => unknown): number {
  const start = performance.now();
  sink = fn();
  return performance.now() - start;
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((p, q) => p - q);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function summarize(samples: number[]): Timing {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), runs: samples.length };
}

