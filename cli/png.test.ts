import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from './png.ts';

/** The chunks of a PNG: type and data. */
function chunks(png: Uint8Array): { type: string; data: Uint8Array }[] {
  const view = new DataView(png.buffer, png.byteOffset);
  const out = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    out.push({ type: new TextDecoder().decode(png.subarray(at + 4, at + 8)), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

describe('encodePng', () => {
  it('writes the signature, an 8-bit header of the colour type, the unfiltered rows deflated, and the end', () => {
    const png = encodePng(3, 2, 1, Uint8Array.of(0, 128, 255, 1, 2, 3));
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const [ihdr, idat, iend] = chunks(png);
    expect([ihdr.type, [...ihdr.data]]).toEqual(['IHDR', [0, 0, 0, 3, 0, 0, 0, 2, 8, 0, 0, 0, 0]]);
    expect([idat.type, [...inflateSync(idat.data)]]).toEqual(['IDAT', [0, 0, 128, 255, 0, 1, 2, 3]]);
    expect([iend.type, iend.data.length]).toEqual(['IEND', 0]);
    expect(chunks(encodePng(1, 1, 4, Uint8Array.of(1, 2, 3, 4)))[0].data[9]).toBe(6);
    expect(chunks(encodePng(1, 1, 3, Uint8Array.of(1, 2, 3)))[0].data[9]).toBe(2);
  });

  it('refuses a channel count PNG cannot hold and pixels that do not fill the image', () => {
    expect(() => encodePng(1, 1, 2, Uint8Array.of(1, 2))).toThrow(/1, 3 or 4 channels, got 2/);
    expect(() => encodePng(2, 2, 1, Uint8Array.of(1))).toThrow(/1 bytes for a 2x2x1 image/);
  });
});
