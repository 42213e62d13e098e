/**
 * CRC-32C (Castagnoli), the checksum of TFRecord framing; not zlib's CRC-32.
 * Source: tensorboard/compat/tensorflow_stub/pywrap_tensorflow.py (`crc32c`,
 * the same table) and tensorflow/core/lib/hash/crc32c.h. Reflected polynomial
 * 0x82F63B78, initial value and final xor 0xFFFFFFFF.
 */
import { reflectedCrc } from '../reflectedCrc.ts';

/** CRC-32C of `bytes` as an unsigned 32-bit number; `crc32c(ascii("123456789")) === 0xE3069283`. */
export const crc32c: (bytes: Uint8Array) => number = reflectedCrc(0x82f63b78);
