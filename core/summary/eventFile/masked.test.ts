import { describe, expect, it } from 'vitest';
import { maskCrc, maskedCrc32c, unmaskCrc } from './masked.ts';

describe('maskCrc', () => {
  it('rotates right by 15 and adds 0xA282EAD8', () => {
    // 0: rotation 0, so the mask is the delta.
    expect(maskCrc(0)).toBe(0xa282ead8);
    // 0xE3069283: >>>15 = 0x1C60D, low 15 bits 0x1283 << 17 = 0x25060000, together 0x2507C60D;
    // + 0xA282EAD8 = 0xC78AB0E5 (0xC60D + 0xEAD8 = 0x1B0E5, 0x2507 + 0xA282 + 1 = 0xC78A).
    expect(maskCrc(0xe3069283)).toBe(0xc78ab0e5);
    expect(maskedCrc32c(new TextEncoder().encode('123456789'))).toBe(0xc78ab0e5);
  });

  it('wraps the sum mod 2^32', () => {
    // 0xFFFFFFFF rotates to itself; + 0xA282EAD8 = 0x1A282EAD7 -> 0xA282EAD7.
    expect(maskCrc(0xffffffff)).toBe(0xa282ead7);
  });

  it('is undone by unmaskCrc', () => {
    for (const crc of [0, 1, 0x80000000, 0xe3069283, 0xffffffff, 0x12345678]) expect(unmaskCrc(maskCrc(crc))).toBe(crc);
  });
});
