/**
 * CRC-32C (Castagnoli), the checksum of TFRecord framing; not zlib's CRC-32.
 * Source: tensorboard/compat/tensorflow_stub/pywrap_tensorflow.py (`crc32c`,
 * the same table) and tensorflow/core/lib/hash/crc32c.h. Reflected polynomial
 * 0x82F63B78, initial value and final xor 0xFFFFFFFF.
 */

const TABLE = makeTable();

function makeTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
}

/** CRC-32C of `bytes` as an unsigned 32-bit number; `crc32c(ascii("123456789")) === 0xE3069283`. */
export function crc32c(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
