import { describe, expect, it } from 'vitest';
import { batchTransfers } from '../training/protocol.ts';
import { PendingBatch, RateMeter } from './pendingBatch.ts';

describe('PendingBatch', () => {
  it('packs scalar rows into typed arrays and empties itself', () => {
    const p = new PendingBatch();
    p.addScalars(['cost', 'accuracy'], 0, 1000, [0.9, 0.5]);
    p.addScalars(['cost', 'accuracy'], 100, 1010, [0.7, 0.75]);
    const batch = p.take({ step: 101, totalSteps: 1000, stepsPerSecond: 50 });
    expect(Array.from(batch.scalars!.steps)).toEqual([0, 100]);
    expect(Array.from(batch.scalars!.values)).toEqual([0.9, 0.5, 0.7, 0.75]);
    expect(batchTransfers(batch)).toHaveLength(3);
    expect(p.hasContent).toBe(false);
    expect(p.take({ step: 101, totalSteps: 1000, stepsPerSecond: 0 }).scalars).toBeUndefined();
  });

  it('thins histograms of a tag when the UI is not taking them, keeping the newest', () => {
    const p = new PendingBatch();
    for (let step = 0; step < 200; step++) p.addHistogram({ tag: 'W', step, wallTime: step, buckets: new Float64Array(3) });
    const steps = p.take({ step: 200, totalSteps: 200, stepsPerSecond: 0 }).histograms.map((h) => h.step);
    expect(steps.length).toBeLessThanOrEqual(64);
    expect(steps.at(-1)).toBe(199);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  });

  it('keeps the newest image steps of a tag between batches, their pixels transferred', () => {
    const p = new PendingBatch();
    for (let step = 0; step < 30; step++) p.addImage({ tag: 'input', nodeId: 'n1', maxOutputs: 3, step, wallTime: step, count: 1, height: 1, width: 1, channels: 1, pixels: Uint8Array.of(step) });
    expect(p.hasContent).toBe(true);
    const batch = p.take({ step: 30, totalSteps: 30, stepsPerSecond: 0 });
    expect(batch.images!.map((e) => e.step)).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
    expect(batchTransfers(batch)).toHaveLength(10);
    expect(p.take({ step: 30, totalSteps: 30, stepsPerSecond: 0 }).images).toBeUndefined();
  });
});

describe('RateMeter', () => {
  it('measures steps per second over the last second', () => {
    const r = new RateMeter();
    r.add(0, 0);
    r.add(500, 100);
    r.add(1000, 200);
    r.add(2000, 1200);
    expect(r.perSecond).toBe(1000);
  });
});
