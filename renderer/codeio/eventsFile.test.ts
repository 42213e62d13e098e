import { describe, expect, it } from 'vitest';
import { frameRecord } from '../../core/summary/eventFile/recordWriter.ts';
import type { RunRecord } from '../store/runSlice.ts';
import { histogramProto, runEventsFile } from './eventsFile.ts';

const run: RunRecord = {
  id: 1,
  label: 'Run 1',
  color: '#000',
  scalars: { cost: [{ step: 0, wallTime: 1_700_000_000_000, value: 2 }, { step: 10, wallTime: 1_700_000_001_000, value: 1 }] },
  logged: { cost: 2 },
};

describe('a run as an event file', () => {
  it('is named by eventFileName with host flowboard and starts with the file-version record', () => {
    const { name, data } = runEventsFile(run, {}, () => 1_700_000_005);
    expect(name).toBe('events.out.tfevents.1700000005.flowboard');
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const first = view.getUint32(0, true);
    expect(new TextDecoder().decode(data.subarray(12, 12 + first))).toContain('brain.Event:2');
  });

  it('writes one record per logged step, scalars and histograms together', () => {
    const histograms = { 'W/values': [{ tag: 'W/values', step: 10, wallTime: 1_700_000_001_000, buckets: new Float64Array([0, 1, 3, 1, 2, 1]) }] };
    const { data } = runEventsFile(run, histograms, () => 1_700_000_005);
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    let records = 0;
    for (let at = 0; at < data.length; records++) at += 16 + view.getUint32(at, true);
    expect(records).toBe(3);
    expect(data.length).toBeGreaterThan(frameRecord(new Uint8Array(0)).length * 3);
  });

  it('turns [left, right, count] buckets into a HistogramProto TensorBoard reads back', () => {
    expect(histogramProto([0, 1, 3, 1, 2, 1])).toEqual({ min: 0, max: 2, num: 4, sum: 3 * 0.5 + 1.5, sumSquares: 3 * 0.25 + 2.25, bucketLimit: [1, 2], bucket: [3, 1] });
  });
});
