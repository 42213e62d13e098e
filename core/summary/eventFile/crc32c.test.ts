import { describe, expect, it } from 'vitest';
import { crc32c } from './crc32c.ts';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('crc32c', () => {
  it('gives the CRC-32C check value, not zlib\'s CRC-32 (0xCBF43926)', () => {
    expect(crc32c(ascii('123456789'))).toBe(0xe3069283);
  });

  it('matches the iSCSI test vectors of RFC 3720 appendix B.4', () => {
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa);
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43);
    expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => i))).toBe(0x46dd794e);
    expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => 31 - i))).toBe(0x113fdb5c);
  });

  it('is 0 for no bytes and matches one-byte values', () => {
    expect(crc32c(new Uint8Array(0))).toBe(0);
    // "a": a classic CRC-32C vector.
    expect(crc32c(ascii('a'))).toBe(0xc1d04330);
  });
});
