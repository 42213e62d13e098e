import { HISTOGRAM_RESERVOIR_SIZE } from '../../core/summary/reservoir.ts';

/**
 * Histograms are taken at log steps, by step rather than by clock so the same
 * run shows the same histograms on any machine: every log step, or every k-th
 * when that would be more than a reservoir's worth, which keeps their cost (a
 * forward and backward pass each) a small share of training.
 */
export function histogramStride(schedule: { totalSteps: number; logEvery: number }): number {
  const logEvery = Math.max(1, schedule.logEvery);
  return logEvery * Math.max(1, Math.ceil(schedule.totalSteps / (logEvery * HISTOGRAM_RESERVOIR_SIZE)));
}
