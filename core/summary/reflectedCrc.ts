/**
 * A table-driven CRC-32 over a reflected polynomial, initial value and final
 * xor 0xFFFFFFFF: zlib's CRC-32 (PNG chunks, 0xEDB88320) and CRC-32C
 * (TFRecord framing, 0x82F63B78) differ only in the polynomial.
 */
export function reflectedCrc(polynomial: number): (bytes: Uint8Array) => number {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? polynomial ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return (bytes) => {
    let crc = 0xffffffff;
    for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
  };
}
