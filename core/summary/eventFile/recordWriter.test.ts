import { describe, expect, it } from 'vitest';
import { crc32c } from './crc32c.ts';
import { maskCrc } from './masked.ts';
import { frameRecord } from './recordWriter.ts';
import { readRecords } from '../../../test/tfProto.ts';

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join(' ');

describe('frameRecord', () => {
  it('frames length, length CRC, data and data CRC', () => {
    const data = new TextEncoder().encode('123456789');
    const record = frameRecord(data);
    const view = new DataView(record.buffer);
    expect(record.length).toBe(8 + 4 + 9 + 4);
    expect(hex(record.subarray(0, 8))).toBe('09 00 00 00 00 00 00 00');
    expect(view.getUint32(8, true)).toBe(maskCrc(crc32c(record.subarray(0, 8))));
    expect(record.subarray(12, 21)).toEqual(data);
    // masked crc32c("123456789") = 0xC78AB0E5 (see masked.test.ts), little-endian.
    expect(hex(record.subarray(21))).toBe('e5 b0 8a c7');
  });

  it('frames an empty record: the data CRC is mask(0) = 0xA282EAD8', () => {
    const record = frameRecord(new Uint8Array(0));
    expect(record.length).toBe(16);
    expect(hex(record.subarray(12))).toBe('d8 ea 82 a2');
  });

  it('is read back by an independent splitter that re-computes both CRCs, and a flipped bit is caught', () => {
    const a = frameRecord(new Uint8Array([1, 2, 3]));
    const b = frameRecord(new Uint8Array(300).fill(7));
    const file = new Uint8Array([...a, ...b]);
    expect(readRecords(file).map((r) => r.length)).toEqual([3, 300]);
    file[13] ^= 1;
    expect(() => readRecords(file)).toThrow(/data CRC mismatch at 0/);
  });
});
