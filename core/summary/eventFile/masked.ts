/**
 * The masked CRC TFRecord stores, so that a CRC of data that itself holds CRCs
 * stays well spread. Source: tensorflow/core/lib/hash/crc32c.h (Mask, Unmask)
 * and tensorboard/compat/tensorflow_stub/pywrap_tensorflow.py (`masked_crc32c`).
 */
import { crc32c } from './crc32c.ts';

const MASK_DELTA = 0xa282ead8;

/** Rotate right by 15 bits and add 0xA282EAD8, mod 2^32. */
export function maskCrc(crc: number): number {
  return ((((crc >>> 15) | (crc << 17)) >>> 0) + MASK_DELTA) >>> 0;
}

/** The inverse of maskCrc, for readers that check a record. */
export function unmaskCrc(masked: number): number {
  const rot = (masked - MASK_DELTA) >>> 0;
  return ((rot >>> 17) | (rot << 15)) >>> 0;
}

/** maskCrc(crc32c(bytes)): the checksum written after a TFRecord length and after its data. */
export function maskedCrc32c(bytes: Uint8Array): number {
  return maskCrc(crc32c(bytes));
}
