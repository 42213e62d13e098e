import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from './png.ts';

/** The chunks of a PNG: type, data and whether the stored CRC is zlib's CRC-32 of type and data. */
function chunks(png: Uint8Array): { type: string; data: Uint8Array; crcOk: boolean }[] {
  const view = new DataView(png.buffer, png.byteOffset);
  const out = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const typed = png.subarray(at + 4, at + 8 + length);
    out.push({ type: new TextDecoder().decode(png.subarray(at + 4, at + 8)), data: png.subarray(at + 8, at + 8 + length), crcOk: view.getUint32(at + 8 + length) === crc32(typed) });
    at += 12 + length;
  }
  return out;
}

describe('encodePng', () => {
  it('writes the signature, an 8-bit header of the colour type, the unfiltered rows in a zlib stream, and the end, each chunk with its CRC-32', () => {
    const png = encodePng(3, 2, 1, Uint8Array.of(0, 128, 255, 1, 2, 3));
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const [ihdr, idat, iend] = chunks(png);
    expect([ihdr.type, [...ihdr.data]]).toEqual(['IHDR', [0, 0, 0, 3, 0, 0, 0, 2, 8, 0, 0, 0, 0]]);
    expect([idat.type, [...inflateSync(idat.data)]]).toEqual(['IDAT', [0, 0, 128, 255, 0, 1, 2, 3]]);
    expect([iend.type, iend.data.length]).toEqual(['IEND', 0]);
    expect(chunks(png).every((c) => c.crcOk)).toBe(true);
    expect(chunks(encodePng(1, 1, 4, Uint8Array.of(1, 2, 3, 4)))[0].data[9]).toBe(6);
    expect(chunks(encodePng(1, 1, 3, Uint8Array.of(1, 2, 3)))[0].data[9]).toBe(2);
  });

  it('takes a compressor for the pixels: the same image either way', () => {
    const pixels = new Uint8Array(28 * 28).map((_, i) => (i % 28 < 14 ? 0 : 255));
    const stored = chunks(encodePng(28, 28, 1, pixels));
    const deflated = chunks(encodePng(28, 28, 1, pixels, (raw) => deflateSync(raw)));
    expect(deflated[1].data.length).toBeLessThan(stored[1].data.length);
    expect(inflateSync(deflated[1].data)).toEqual(inflateSync(stored[1].data));
    expect(deflated.every((c) => c.crcOk)).toBe(true);
  });

  it('refuses a channel count PNG cannot hold and pixels that do not fill the image', () => {
    expect(() => encodePng(1, 1, 2, Uint8Array.of(1, 2))).toThrow(/1, 3 or 4 channels, got 2/);
    expect(() => encodePng(2, 2, 1, Uint8Array.of(1))).toThrow(/1 bytes for a 2x2x1 image/);
  });
});
