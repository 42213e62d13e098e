/**
 * Float32 values as base64 text and back, little-endian whatever the
 * machine: exact (every bit kept, NaN payloads too), a third larger than the
 * bytes, and plain text that JSON carries. Written here rather than with
 * btoa/Buffer so core runs the same in Node, the browser and a worker.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) CODES[ALPHABET.charCodeAt(i)] = i;
/** Characters per chunk of output: keeps String.fromCharCode's argument list short. */
const CHUNK = 1 << 15;

/** The values' float32 bytes, little-endian, in base64 with padding. */
export function float32ToBase64(values: ArrayLike<number>): string {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i], true);
  return bytesToBase64(bytes);
}

/** The float32 values of base64 text; undefined when it is not base64 of whole float32 values. */
export function base64ToFloat32(text: string): Float32Array | undefined {
  const bytes = base64ToBytes(text);
  if (!bytes || bytes.length % 4 !== 0) return undefined;
  const view = new DataView(bytes.buffer);
  const out = new Float32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}

function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chars: number[] = [];
  const push = (...codes: number[]) => {
    chars.push(...codes);
    if (chars.length >= CHUNK) {
      parts.push(String.fromCharCode(...chars));
      chars = [];
    }
  };
  const a = (n: number) => ALPHABET.charCodeAt(n);
  const pad = 61; // '='
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    push(a(n >> 18), a((n >> 12) & 63), a((n >> 6) & 63), a(n & 63));
  }
  const rest = bytes.length - i;
  if (rest === 1) push(a(bytes[i] >> 2), a((bytes[i] & 3) << 4), pad, pad);
  if (rest === 2) {
    const n = (bytes[i] << 8) | bytes[i + 1];
    push(a(n >> 10), a((n >> 4) & 63), a((n & 15) << 2), pad);
  }
  parts.push(String.fromCharCode(...chars));
  return parts.join('');
}

function base64ToBytes(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const c = text.charCodeAt(i + k);
      const isPad = c === 61 && i + k >= text.length - padding;
      const code = isPad ? 0 : c < 128 ? CODES[c] : -1;
      if (code < 0) return undefined;
      n = (n << 6) | code;
    }
    if (o < out.length) out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
