/** An image summary's pixels as a canvas wants them: RGBA, grayscale spread to three channels, opaque unless the image has alpha. */
import type { ImageEntry } from '../training/protocol.ts';

/** The RGBA bytes of image `index` of `entry`. */
export function imageRgba(entry: ImageEntry, index: number): Uint8ClampedArray<ArrayBuffer> {
  const { width, height, channels, pixels } = entry;
  const n = width * height;
  const start = index * n * channels;
  const out = new Uint8ClampedArray(n * 4);
  for (let p = 0; p < n; p++) {
    const at = start + p * channels;
    const gray = channels === 1;
    out[p * 4] = pixels[at];
    out[p * 4 + 1] = gray ? pixels[at] : pixels[at + 1];
    out[p * 4 + 2] = gray ? pixels[at] : pixels[at + 2];
    out[p * 4 + 3] = channels === 4 ? pixels[at + 3] : 255;
  }
  return out;
}

/** The whole-number zoom that draws an image about `target` CSS pixels on its long side, nearest-neighbour (at least 1). */
export function imageZoom(entry: Pick<ImageEntry, 'width' | 'height'>, target = 112): number {
  return Math.max(1, Math.floor(target / Math.max(entry.width, entry.height)));
}
