/**
 * 8-bit PNG files of image summaries for TensorBoard, as TF's ImageSummary
 * writes them: grayscale, RGB or RGBA by channel count, every row unfiltered,
 * the pixels in a zlib stream (PNG spec, sections 5, 11.2 and 12). The zlib
 * stream comes from `deflate`: stored blocks by default (pure code, the
 * renderer), Node's deflateSync from the CLI.
 */
import { concatBytes } from './eventFile/concatBytes.ts';
import { reflectedCrc } from './reflectedCrc.ts';
import { zlibStored } from './zlibStored.ts';

const SIGNATURE = Uint8Array.of(137, 80, 78, 71, 13, 10, 26, 10);
/** PNG colour types by channel count. */
const COLOR_TYPE: Record<number, number> = { 1: 0, 3: 2, 4: 6 };
/** zlib's CRC-32, over each chunk's type and data. */
const crc32 = reflectedCrc(0xedb88320);

/** Makes a zlib stream (RFC 1950) of its input. */
export type Deflate = (raw: Uint8Array) => Uint8Array;

/** The PNG of one image of `width` x `height` pixels, `channels` bytes each, row-major. */
export function encodePng(width: number, height: number, channels: number, pixels: Uint8Array, deflate: Deflate = zlibStored): Uint8Array {
  const colorType = COLOR_TYPE[channels];
  if (colorType === undefined) throw new RangeError(`encodePng: an image has 1, 3 or 4 channels, got ${channels}`);
  if (pixels.length !== width * height * channels) throw new RangeError(`encodePng: ${pixels.length} bytes for a ${width}x${height}x${channels} image`);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  // Bit depth 8, then compression, filter and interlace methods 0.
  header.set([8, colorType, 0, 0, 0], 8);
  const row = width * channels;
  const raw = new Uint8Array((row + 1) * height);
  // Each row starts with its filter type, 0 (none).
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * row, (y + 1) * row), y * (row + 1) + 1);
  return concatBytes([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflate(raw)), chunk('IEND', new Uint8Array(0))]);
}

/** length, type, data, CRC-32 of type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = concatBytes([new TextEncoder().encode(type), data]);
  const out = new Uint8Array(8 + data.length + 4);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(typed, 4);
  view.setUint32(8 + data.length, crc32(typed));
  return out;
}
