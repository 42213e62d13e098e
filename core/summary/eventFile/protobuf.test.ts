import { describe, expect, it } from 'vitest';
import { ProtoWriter } from './protobuf.ts';

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join(' ');

describe('ProtoWriter', () => {
  it('writes varints seven bits at a time, low group first', () => {
    // 1 -> 01; 127 -> 7f; 128 -> 80 01; 300 = 0b10_0101100 -> ac 02; 2^35 -> 80 80 80 80 80 01.
    expect(hex(new ProtoWriter().varint(1).varint(127).varint(128).varint(300).finish())).toBe('01 7f 80 01 ac 02');
    expect(hex(new ProtoWriter().varint(2 ** 35).finish())).toBe('80 80 80 80 80 01');
    expect(() => new ProtoWriter().varint(-1)).toThrow(RangeError);
  });

  it('keys fields as field * 8 + wire type', () => {
    // int64 field 2 = 0x10; double field 1 = 0x09; float field 2 = 0x15; bytes field 5 = 0x2a.
    expect(hex(new ProtoWriter().int64(2, 5).finish())).toBe('10 05');
    expect(hex(new ProtoWriter().double(1, 1).finish())).toBe('09 00 00 00 00 00 00 f0 3f');
    expect(hex(new ProtoWriter().float(2, 0.5).finish())).toBe('15 00 00 00 3f');
    expect(hex(new ProtoWriter().string(5, 'hé').finish())).toBe('2a 03 68 c3 a9');
  });

  it('writes negative int64 as ten bytes of two\'s complement', () => {
    expect(hex(new ProtoWriter().int64(2, -1).finish())).toBe('10 ff ff ff ff ff ff ff ff ff 01');
    // -2^53 + 1 = 0xFFE0_0000_0000_0001
    expect(hex(new ProtoWriter().int64(2, -(2 ** 53) + 1).finish())).toBe('10 81 80 80 80 80 80 80 f0 ff 01');
  });

  it('packs repeated doubles into one length-delimited run', () => {
    // field 6, wire type 2 = 0x32; 2 doubles = 16 bytes; 1.0 and -2.0.
    expect(hex(new ProtoWriter().packedDoubles(6, [1, -2]).finish())).toBe('32 10 00 00 00 00 00 00 f0 3f 00 00 00 00 00 00 00 c0');
  });

  it('grows past its first buffer', () => {
    const big = new Float64Array(1000).fill(0.25);
    const bytes = new ProtoWriter().packedDoubles(7, big).finish();
    // key 0x3a, length 8000 = varint c0 3e, then 8000 bytes.
    expect(bytes.length).toBe(1 + 2 + 8000);
    expect(hex(bytes.subarray(0, 3))).toBe('3a c0 3e');
    expect(new DataView(bytes.buffer).getFloat64(3 + 8 * 999, true)).toBe(0.25);
  });
});
