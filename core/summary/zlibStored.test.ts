import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { adler32, zlibStored } from './zlibStored.ts';

const bytes = (n: number) => new Uint8Array(n).map((_, i) => (i * 7919) % 251);

describe('zlibStored', () => {
  it.each([0, 1, 784, 65_535, 65_536, 227 * 227 * 3 + 227])('%i bytes inflate back to themselves with zlib', (n) => {
    const input = bytes(n);
    expect(inflateSync(zlibStored(input))).toEqual(Buffer.from(input));
  });

  it('is its input plus 6 bytes of header and trailer and 5 a block', () => {
    expect(zlibStored(bytes(100)).length).toBe(100 + 6 + 5);
    expect(zlibStored(bytes(65_536)).length).toBe(65_536 + 6 + 10);
  });
});

describe('adler32', () => {
  it("is zlib's checksum (the trailer of Node's deflate), also past the 5,552 bytes between reductions", () => {
    for (const n of [0, 1, 5_552, 5_553, 100_000]) {
      const input = new Uint8Array(n).fill(255);
      const deflated = deflateSync(input);
      expect(adler32(input)).toBe(deflated.readUInt32BE(deflated.length - 4));
    }
  });
});
