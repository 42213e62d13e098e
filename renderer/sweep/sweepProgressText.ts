/** The words of a sweep's progress: which run of how many, its step, and the time left. */
import type { SweepProgress } from '../store/sweepSlice.ts';
import { formatCount, formatDuration } from '../ui/formatNumber.ts';

/** The share of the sweep done, 0 to 1: ended runs plus the current one's share of its steps. */
export function sweepFraction(p: SweepProgress): number {
  if (p.total === 0) return 0;
  const current = p.totalSteps > 0 ? Math.min(1, p.step / p.totalSteps) : 0;
  return Math.min(1, (p.done + (p.done < p.total ? current : 0)) / p.total);
}

/** Seconds left at the pace so far; undefined until there is a pace to go by. */
export function sweepEta(p: SweepProgress, now: number): number | undefined {
  const f = sweepFraction(p);
  const elapsed = (now - p.startedAt) / 1000;
  if (f <= 0.01 || elapsed <= 0) return undefined;
  return (elapsed * (1 - f)) / f;
}

/** `Run 3 of 6 · train.optimizer=Adam, seed 1 · step 120 / 200`, and the ETA as its own line. */
export function sweepProgressText(p: SweepProgress, now: number): { run: string; eta: string } {
  const at = p.current ? ` · ${p.current.setting}, seed ${p.current.seed}` : '';
  const steps = p.totalSteps > 0 ? ` · step ${formatCount(p.step)} / ${formatCount(p.totalSteps)}` : ' · loading';
  const eta = sweepEta(p, now);
  return {
    run: `Run ${Math.min(p.done + 1, p.total)} of ${p.total}${at}${steps}`,
    eta: `${p.done} of ${p.total} runs done${eta === undefined ? '' : ` · about ${formatDuration(eta)} left`}`,
  };
}
