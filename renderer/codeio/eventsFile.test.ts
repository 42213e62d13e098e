import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeEvent, readRecords } from '../../test/tfProto.ts';
import { frameRecord } from '../../core/summary/eventFile/recordWriter.ts';
import type { RunRecord } from '../store/runSlice.ts';
import type { ImageEntry } from '../training/protocol.ts';
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
    const { name, data } = runEventsFile(run, { histograms: {} }, () => 1_700_000_005);
    expect(name).toBe('events.out.tfevents.1700000005.flowboard');
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const first = view.getUint32(0, true);
    expect(new TextDecoder().decode(data.subarray(12, 12 + first))).toContain('brain.Event:2');
  });

  it('writes one record per logged step, scalars and histograms together', () => {
    const histograms = { 'W/values': [{ tag: 'W/values', step: 10, wallTime: 1_700_000_001_000, buckets: new Float64Array([0, 1, 3, 1, 2, 1]) }] };
    const { data } = runEventsFile(run, { histograms }, () => 1_700_000_005);
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    let records = 0;
    for (let at = 0; at < data.length; records++) at += 16 + view.getUint32(at, true);
    expect(records).toBe(3);
    expect(data.length).toBeGreaterThan(frameRecord(new Uint8Array(0)).length * 3);
  });

  it('writes the graph first when it has one, as tf.summary.FileWriter(logdir, graph) does', () => {
    const [header, graph, first] = readRecords(runEventsFile(run, { graphDef: Uint8Array.of(10, 3, 1, 2, 3), histograms: {} }, () => 1_700_000_005).data).map(decodeEvent);
    expect([header.what, graph.what, first.what]).toEqual(['file_version', 'graph_def', 'summary']);
    expect([...graph.graph_def!]).toEqual([10, 3, 1, 2, 3]);
  });

  it('turns [left, right, count] buckets into a HistogramProto TensorBoard reads back', () => {
    expect(histogramProto([0, 1, 3, 1, 2, 1])).toEqual({ min: 0, max: 2, num: 4, sum: 3 * 0.5 + 1.5, sumSquares: 3 * 0.25 + 2.25, bucketLimit: [1, 2], bucket: [3, 1] });
  });

  it("writes the Images panel's steps as PNGs under TF1's tags, at their steps, with the scalars of the same step", () => {
    // Two 2x1 grayscale images at step 10 (with the cost), one at step 20 (an image step with no scalar).
    const entry = (step: number, count: number, pixels: number[], maxOutputs = 3): ImageEntry => ({ tag: 'digits', nodeId: 'n7', maxOutputs, count, height: 1, width: 2, channels: 1, pixels: Uint8Array.from(pixels), step, wallTime: 1_700_000_001_000 + step });
    const images = { digits: [entry(10, 2, [0, 255, 7, 8]), entry(20, 2, [1, 2, 3, 4])] };
    const decoded = (logged: Record<string, ImageEntry[]>) =>
      readRecords(runEventsFile(run, { histograms: {}, images: logged }, () => 1_700_000_005).data)
        .slice(1)
        .map(decodeEvent);
    const events = decoded(images);
    expect(events.map((e) => [e.step, e.summary!.value.map((v) => v.tag)])).toEqual([
      [0, ['cost']],
      [10, ['cost', 'digits/image/0', 'digits/image/1']],
      [20, ['digits/image/0', 'digits/image/1']],
    ]);
    const image = events[1].summary!.value[2].image!;
    expect([image.height, image.width, image.colorspace]).toEqual([1, 2, 1]);
    // PNG: signature, IHDR (8 + 13 + 4 bytes), then IDAT's length, type and zlib stream: filter byte 0, then the row.
    const png = image.encoded_image_string;
    const idatLength = new DataView(png.buffer, png.byteOffset).getUint32(33);
    expect([...inflateSync(png.subarray(41, 41 + idatLength))]).toEqual([0, 7, 8]);
    // max_outputs 1 is TF1's single tag, name/image.
    expect(decoded({ digits: [entry(20, 1, [1, 2], 1)] })[2].summary!.value.map((v) => v.tag)).toEqual(['digits/image']);
  });
});
