import { describe, expect, it } from 'vitest';
import { tf1Histogram } from '../histogramTf1.ts';
import { createEventWriter, eventFileName, imageTags } from './eventWriter.ts';
import { decodeEvent, readRecords } from '../../../test/tfProto.ts';

/** A clock that ticks one second per call from `start`. */
function ticking(start: number): () => number {
  let t = start - 1;
  return () => (t += 1);
}

const concat = (chunks: Uint8Array[]) => Uint8Array.from(chunks.flatMap((c) => [...c]));

describe('eventFileName', () => {
  it('pads the whole seconds to ten digits and ends with the host', () => {
    expect(eventFileName(1700000000.75, 'box')).toBe('events.out.tfevents.1700000000.box');
    expect(eventFileName(123, 'lab-pc', '.v2')).toBe('events.out.tfevents.0000000123.lab-pc.v2');
  });
});

describe('createEventWriter', () => {
  it('writes a file TensorBoard\'s reader decodes: version first, then one event per step', () => {
    const writer = createEventWriter({ clock: ticking(1700000000.5), host: 'box' });
    expect(writer.fileName).toBe('events.out.tfevents.1700000000.box');
    const weights = new Float32Array([-0.5, 0.25, 0.25, 1.5]);
    const chunks = [
      writer.header,
      writer.step(0, { scalars: { loss: 0.75, accuracy: 0.5 }, histograms: { 'layer1/W': weights } }),
      writer.step(1, { scalars: { loss: 0.1 } }),
      writer.step(2, { histograms: { 'layer1/W': [] } }),
    ];
    const events = readRecords(concat(chunks)).map(decodeEvent);
    expect(events.length).toBe(4);

    expect(events[0]).toMatchObject({ wall_time: 1700000000.5, step: 0, what: 'file_version', file_version: 'brain.Event:2' });

    expect(events[1]).toMatchObject({ wall_time: 1700000001.5, step: 0, what: 'summary' });
    const [loss, accuracy, w] = events[1].summary!.value;
    expect([loss.tag, loss.simple_value, accuracy.tag, accuracy.simple_value]).toEqual(['loss', 0.75, 'accuracy', 0.5]);
    const expected = tf1Histogram('layer1/W', weights);
    expect(w.tag).toBe('layer1/W');
    expect(w.histo).toEqual({
      min: -0.5,
      max: 1.5,
      num: 4,
      sum: 1.5,
      sum_squares: 0.25 + 0.0625 + 0.0625 + 2.25,
      bucket_limit: expected.bucketLimit,
      bucket: expected.bucket,
    });
    expect(w.histo!.bucket.reduce((s, c) => s + c, 0)).toBe(4);

    expect(events[2]).toMatchObject({ wall_time: 1700000002.5, step: 1 });
    expect(events[2].summary!.value).toHaveLength(1);
    expect(events[2].summary!.value[0].simple_value).toBe(Math.fround(0.1));

    // An empty tensor: min DBL_MAX, max -DBL_MAX, one empty bucket at DBL_MAX.
    expect(events[3].summary!.value[0].histo).toEqual({
      min: Number.MAX_VALUE,
      max: -Number.MAX_VALUE,
      num: 0,
      sum: 0,
      sum_squares: 0,
      bucket_limit: [Number.MAX_VALUE],
      bucket: [0],
    });
  });

  it('fails like TensorFlow on a NaN in a histogram', () => {
    const writer = createEventWriter({ clock: () => 1, host: 'h' });
    expect(() => writer.step(3, { histograms: { w: [1, NaN] } })).toThrow('Nan in summary histogram for: w');
  });

  it('refuses a step that int64 cannot carry exactly', () => {
    const writer = createEventWriter({ clock: () => 1, host: 'h' });
    expect(() => writer.step(1.5, { scalars: { x: 1 } })).toThrow(RangeError);
  });
});

describe('image summaries in the event file', () => {
  it("tag each image as TF1 does and carry its size, channels and encoded bytes", () => {
    expect(imageTags('input', 3, 2)).toEqual(['input/image/0', 'input/image/1']);
    expect(imageTags('input', 1, 1)).toEqual(['input/image']);
    const writer = createEventWriter({ clock: ticking(1700000000), host: 'box' });
    const png = (b: number) => ({ height: 28, width: 28, colorspace: 1, encoded: Uint8Array.of(137, 80, b) });
    const [event] = readRecords(writer.step(5, { scalars: { loss: 1 }, images: [{ name: 'input', maxOutputs: 3, images: [png(1), png(2)] }] })).map(decodeEvent);
    expect(event.step).toBe(5);
    const [, first, second] = event.summary!.value;
    expect([first.tag, first.value, second.tag]).toEqual(['input/image/0', 'image', 'input/image/1']);
    expect({ ...first.image!, encoded_image_string: [...first.image!.encoded_image_string] }).toEqual({ height: 28, width: 28, colorspace: 1, encoded_image_string: [137, 80, 1] });
  });
});
