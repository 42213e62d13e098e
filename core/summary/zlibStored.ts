/**
 * A zlib stream (RFC 1950) whose deflate data (RFC 1951) is stored blocks:
 * valid for every inflater, no smaller than its input. It lets pure code
 * (the renderer's TensorBoard export) write PNGs without a compressor; the
 * CLI passes Node's deflateSync instead. Image summaries are small (a batch's
 * first few 28x28 digits), so the bytes saved would not be worth a deflater.
 */

/** Stored blocks hold at most 65,535 bytes each. */
const BLOCK = 0xffff;

/** `bytes` as a zlib stream of stored blocks. */
export function zlibStored(bytes: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(bytes.length / BLOCK));
  const out = new Uint8Array(2 + blocks * 5 + bytes.length + 4);
  // CMF 0x78 (deflate, 32K window), FLG 0x01: no dictionary, lowest level, (CMF*256 + FLG) % 31 === 0.
  out[0] = 0x78;
  out[1] = 0x01;
  let at = 2;
  for (let b = 0; b < blocks; b++) {
    const block = bytes.subarray(b * BLOCK, (b + 1) * BLOCK);
    // BFINAL on the last block, BTYPE 00 (stored); then LEN and its complement, little-endian.
    out[at] = b === blocks - 1 ? 1 : 0;
    out[at + 1] = block.length & 0xff;
    out[at + 2] = block.length >>> 8;
    out[at + 3] = ~block.length & 0xff;
    out[at + 4] = (~block.length >>> 8) & 0xff;
    out.set(block, at + 5);
    at += 5 + block.length;
  }
  new DataView(out.buffer).setUint32(at, adler32(bytes));
  return out;
}

/** Adler-32 of `bytes` (RFC 1950, section 8), zlib's trailer. */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // Reduced every 5,552 bytes (zlib's NMAX, the most before b could pass 32 bits), so the sums stay exact integers.
  for (let start = 0; start < bytes.length; start += 5552) {
    const end = Math.min(start + 5552, bytes.length);
    for (let i = start; i < end; i++) {
      a += bytes[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}
