/** The words of a sweep's progress: which run of how many, its step, and the time left. */
import type { SweepLane, SweepProgress } from '../store/sweepSlice.ts';
import { formatCount, formatDuration } from '../ui/formatNumber.ts';

/** The share of the sweep done, 0 to 1: ended runs plus each training run's share of its steps. */
export function sweepFraction(p: SweepProgress): number {
  if (p.total === 0) return 0;
  const training = p.lanes.reduce((sum, l) => sum + (l.totalSteps > 0 ? Math.min(1, l.step / l.totalSteps) : 0), 0);
  return Math.min(1, (p.done + training) / p.total);
}

/** Seconds left at the pace so far; undefined until there is a pace to go by. */
export function sweepEta(p: SweepProgress, now: number): number | undefined {
  const f = sweepFraction(p);
  const elapsed = (now - p.startedAt) / 1000;
  if (f <= 0.01 || elapsed <= 0) return undefined;
  return (elapsed * (1 - f)) / f;
}

/** What one training run is at: `train.optimizer=Adam, seed 1 · step 120 / 200`. */
export function laneText(l: SweepLane): string {
  return `${l.setting}, seed ${l.seed}${l.totalSteps > 0 ? ` · step ${formatCount(l.step)} / ${formatCount(l.totalSteps)}` : ' · loading'}`;
}

/**
 * `Run 3 of 6 · train.optimizer=Adam, seed 1 · step 120 / 200` (or, with runs
 * side by side, `Runs 3 to 5 of 12 · 3 at once` and a line per run), and the ETA as its own line.
 */
export function sweepProgressText(p: SweepProgress, now: number): { run: string; lanes: string[]; eta: string } {
  const eta = sweepEta(p, now);
  const etaText = `${p.done} of ${p.total} runs done${eta === undefined ? '' : ` · about ${formatDuration(eta)} left`}`;
  const first = Math.min(p.done + 1, p.total);
  if (p.parallel <= 1) {
    const lane = p.lanes[0];
    return { run: `Run ${first} of ${p.total}${lane ? ` · ${laneText(lane)}` : ' · loading'}`, lanes: [], eta: etaText };
  }
  const last = Math.min(p.done + p.lanes.length, p.total);
  const runs = last > first ? `Runs ${first} to ${last}` : `Run ${first}`;
  return { run: `${runs} of ${p.total} · ${p.lanes.length} at once (${p.parallel} workers)`, lanes: p.lanes.map(laneText), eta: etaText };
}
