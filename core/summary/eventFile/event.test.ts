import { describe, expect, it } from 'vitest';
import { tf1Histogram } from '../histogramTf1.ts';
import { encodeEvent, encodeHistogram } from './event.ts';
import { decodeEvent } from '../../../test/tfProto.ts';

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join(' ');
const ascii = (s: string) => hex(new TextEncoder().encode(s));

describe('encodeEvent', () => {
  it('writes the file-version event byte for byte', () => {
    // 09 + 1.0 as little-endian double; 1a (field 3, length-delimited) 0d (13) "brain.Event:2".
    const bytes = encodeEvent({ wallTime: 1, fileVersion: 'brain.Event:2' });
    expect(hex(bytes)).toBe(`09 00 00 00 00 00 00 f0 3f 1a 0d ${ascii('brain.Event:2')}`);
    expect(decodeEvent(bytes)).toMatchObject({ wall_time: 1, step: 0, what: 'file_version', file_version: 'brain.Event:2' });
  });

  it('writes a scalar summary byte for byte, leaving out the zero wall time', () => {
    // step 300: 10 ac 02. Value: 0a 04 "loss" 15 + 0.5f (00 00 00 3f) = 11 bytes;
    // Summary: 0a 0b + value = 13 bytes; Event field 5: 2a 0d + summary.
    const bytes = encodeEvent({ wallTime: 0, step: 300, summary: [{ tag: 'loss', simpleValue: 0.5 }] });
    expect(hex(bytes)).toBe(`10 ac 02 2a 0d 0a 0b 0a 04 ${ascii('loss')} 15 00 00 00 3f`);
  });

  it('always writes a zero simple_value, since it is a oneof member', () => {
    const bytes = encodeEvent({ wallTime: 2.5, step: 1, summary: [{ tag: 'x', simpleValue: 0 }] });
    expect(hex(bytes.subarray(-5))).toBe('15 00 00 00 00');
    expect(decodeEvent(bytes).summary!.value[0]).toMatchObject({ tag: 'x', value: 'simple_value', simple_value: 0 });
  });

  it('round-trips scalars through protobufjs, float32-rounded', () => {
    const e = decodeEvent(encodeEvent({ wallTime: 1700000000.125, step: -3, summary: [{ tag: 'a', simpleValue: 0.1 }, { tag: 'b/c', simpleValue: NaN }] }));
    expect(e.wall_time).toBe(1700000000.125);
    expect(e.step).toBe(-3);
    expect(e.summary!.value.map((v) => v.tag)).toEqual(['a', 'b/c']);
    expect(e.summary!.value[0].simple_value).toBe(Math.fround(0.1));
    expect(e.summary!.value[1].simple_value).toBeNaN();
  });

  it('round-trips a TF1 histogram field by field', () => {
    const histo = tf1Histogram('w', [-0.25, 0, 0.5, 0.5, 3]);
    const e = decodeEvent(encodeEvent({ wallTime: 10, step: 7, summary: [{ tag: 'w', histo }] }));
    const h = e.summary!.value[0].histo!;
    expect(e.summary!.value[0].value).toBe('histo');
    expect([h.min, h.max, h.num, h.sum, h.sum_squares]).toEqual([histo.min, histo.max, histo.num, histo.sum, histo.sumSquares]);
    expect(h.bucket_limit).toEqual(histo.bucketLimit);
    expect(h.bucket).toEqual(histo.bucket);
  });

  it('refuses an event with both or neither of file_version and summary', () => {
    expect(() => encodeEvent({ wallTime: 1 })).toThrow(TypeError);
    expect(() => encodeEvent({ wallTime: 1, fileVersion: 'v', summary: [] })).toThrow(TypeError);
  });
});

describe('encodeHistogram', () => {
  it('leaves out +0 doubles but keeps -0, as proto3 does', () => {
    // max 1 -> 11 + 1.0; min -0 -> 09 + 00..80; num/sum/sum_squares 0 left out;
    // bucket_limit: 32 08 + 1.0; bucket: 3a 08 + 2.0.
    const bytes = encodeHistogram({ min: -0, max: 1, num: 0, sum: 0, sumSquares: 0, bucketLimit: [1], bucket: [2] });
    expect(hex(bytes)).toBe(
      '09 00 00 00 00 00 00 00 80 11 00 00 00 00 00 00 f0 3f 32 08 00 00 00 00 00 00 f0 3f 3a 08 00 00 00 00 00 00 00 40',
    );
  });
});
