/**
 * A summary batch merged into the run state. Scalars and histograms go
 * through per-tag reservoirs (TensorBoard's sampling: 1,000 scalars, 500
 * histograms and 10 steps of images per tag), so a 100,000-step run keeps a bounded number of points
 * and memory stays flat.
 */
import { createReservoir, HISTOGRAM_RESERVOIR_SIZE, IMAGE_RESERVOIR_SIZE, type Reservoir, SCALAR_RESERVOIR_SIZE } from '../../core/summary/reservoir.ts';
import type { RunRecord, RunState, ScalarPoint } from '../store/runSlice.ts';
import type { HistogramEntry, ImageEntry, SummaryBatch } from './protocol.ts';

/** The reservoirs of one run. */
export interface RunReservoirs {
  scalars: Reservoir<ScalarPoint>;
  histograms: Reservoir<HistogramEntry>;
  images: Reservoir<ImageEntry>;
}

/** Fresh reservoirs; sizes default to TensorBoard's. */
export function createRunReservoirs(scalarSize = SCALAR_RESERVOIR_SIZE, histogramSize = HISTOGRAM_RESERVOIR_SIZE, imageSize = IMAGE_RESERVOIR_SIZE): RunReservoirs {
  return { scalars: createReservoir(scalarSize), histograms: createReservoir(histogramSize), images: createReservoir(imageSize) };
}

/** The run state after `batches`, in order; `newRun` makes the current run's record when it has none yet. */
export function applyBatches(run: RunState, batches: readonly SummaryBatch[], reservoirs: RunReservoirs, newRun: () => RunRecord): Partial<RunState> {
  if (batches.length === 0) return {};
  const last = batches[batches.length - 1];
  const change: Partial<RunState> = { step: last.step, totalSteps: last.totalSteps, stepsPerSecond: last.stepsPerSecond };
  let scalarsChanged = false;
  let histogramsChanged = false;
  let imagesChanged = false;
  const logged: Record<string, number> = {};
  for (const b of batches) {
    if (b.scalars) {
      const { tags, steps, wallTimes, values } = b.scalars;
      for (let row = 0; row < steps.length; row++)
        tags.forEach((tag, column) => {
          reservoirs.scalars.add(tag, { step: steps[row], wallTime: wallTimes[row], value: values[row * tags.length + column] });
          logged[tag] = (logged[tag] ?? 0) + 1;
        });
      scalarsChanged = true;
    }
    for (const h of b.histograms) {
      reservoirs.histograms.add(h.tag, h);
      histogramsChanged = true;
    }
    for (const image of b.images ?? []) {
      reservoirs.images.add(image.tag, image);
      imagesChanged = true;
    }
    if (b.nodeStats) change.nodeStats = b.nodeStats;
    if (b.boundary) change.boundary = b.boundary;
    if (b.watched) change.watched = b.watched;
    if (b.confusion) change.confusion = b.confusion;
  }
  if (scalarsChanged) {
    const runs = [...run.runs];
    let index = runs.findIndex((r) => r.id === run.currentRun);
    if (index < 0) {
      runs.push(newRun());
      index = runs.length - 1;
    }
    const record = runs[index];
    const total = { ...record.logged };
    for (const [tag, n] of Object.entries(logged)) total[tag] = (total[tag] ?? 0) + n;
    runs[index] = { ...record, logged: total, scalars: Object.fromEntries(reservoirs.scalars.keys().map((tag) => [tag, reservoirs.scalars.items(tag)])) };
    change.runs = runs;
  }
  if (histogramsChanged) change.histograms = Object.fromEntries(reservoirs.histograms.keys().map((tag) => [tag, reservoirs.histograms.items(tag)]));
  if (imagesChanged) change.images = Object.fromEntries(reservoirs.images.keys().map((tag) => [tag, reservoirs.images.items(tag)]));
  return change;
}
