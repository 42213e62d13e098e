import { describe, expect, it } from 'vitest';
import { initialRunState, type RunRecord } from '../store/runSlice.ts';
import { applyBatches, createRunReservoirs } from './applyBatch.ts';
import type { SummaryBatch } from './protocol.ts';

const batch = (from: number, rows: number, histograms = 0): SummaryBatch => ({
  step: from + rows,
  totalSteps: 100_000,
  stepsPerSecond: 1000,
  scalars: {
    tags: ['loss', 'accuracy'],
    steps: Float64Array.from({ length: rows }, (_, i) => from + i),
    wallTimes: Float64Array.from({ length: rows }, (_, i) => 1000 + from + i),
    values: Float64Array.from({ length: rows * 2 }, (_, i) => (i % 2 === 0 ? 1 / (1 + from + i / 2) : 0.5)),
  },
  histograms: Array.from({ length: histograms }, (_, i) => ({ tag: 'W', step: from + i, wallTime: 0, buckets: new Float64Array(3) })),
  nodeStats: undefined,
  boundary: undefined,
  watched: undefined,
});

const record = (): RunRecord => ({ id: 1, label: 'run 1', color: '#000', scalars: {}, logged: {} });

describe('applyBatches', () => {
  it('starts the run record on its first scalars and appends later ones', () => {
    const reservoirs = createRunReservoirs();
    let run = { ...initialRunState(), currentRun: 1 };
    run = { ...run, ...applyBatches(run, [batch(0, 3)], reservoirs, record) };
    run = { ...run, ...applyBatches(run, [batch(3, 2)], reservoirs, () => expect.unreachable()) };
    expect(run.runs).toHaveLength(1);
    expect(run.runs[0].scalars.loss.map((p) => p.step)).toEqual([0, 1, 2, 3, 4]);
    expect(run.runs[0].scalars.accuracy.every((p) => p.value === 0.5)).toBe(true);
    expect(run.runs[0].logged).toEqual({ loss: 5, accuracy: 5 });
    expect(run.step).toBe(5);
  });

  it('keeps at most the reservoir size per tag over a 100,000-step run, with the latest point', () => {
    const reservoirs = createRunReservoirs(1000, 500);
    let run = { ...initialRunState(), currentRun: 1 };
    for (let from = 0; from < 100_000; from += 1000) run = { ...run, ...applyBatches(run, [batch(from, 1000, 10)], reservoirs, record) };
    const loss = run.runs[0].scalars.loss;
    expect(loss).toHaveLength(1000);
    expect(loss.at(-1)!.step).toBe(99_999);
    expect(run.runs[0].logged.loss).toBe(100_000);
    expect(run.histograms.W).toHaveLength(500);
  });

  it('keeps the last 10 steps of images per tag (a reservoir, with the latest), and only touches images when some came', () => {
    const reservoirs = createRunReservoirs();
    let run = { ...initialRunState(), currentRun: 1 };
    expect(applyBatches(run, [batch(0, 1)], reservoirs, record).images).toBeUndefined();
    const image = (step: number) => ({ tag: 'input', nodeId: 'n1', maxOutputs: 3, step, wallTime: 0, count: 1, height: 1, width: 1, channels: 1, pixels: Uint8Array.of(step) });
    for (let step = 0; step < 50; step++) run = { ...run, ...applyBatches(run, [{ ...batch(step, 1), images: [image(step)] }], reservoirs, record) };
    const steps = run.images.input.map((e) => e.step);
    expect(steps).toHaveLength(10);
    expect(steps.at(-1)).toBe(49);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  });
});
