/**
 * How the tensor view lays a tensor out: a matrix (a scalar is 1x1, a vector
 * one row, higher ranks flattened to rows of the last dimension), or a grid of
 * images when the tensor is image-shaped: [N,H,W,C] (MNIST batches, feature
 * maps; one image per example and channel), [H,W,Cin,Cout] conv filters (one
 * per input and output channel), or [N,784] rows of 28x28 pixels.
 */
import type { TensorData } from '../training/protocol.ts';

export type TensorLayout =
  | { kind: 'matrix'; rows: number; cols: number }
  | {
      kind: 'images';
      count: number;
      total: number;
      height: number;
      width: number;
      pixel: (image: number, y: number, x: number) => number;
      caption: string;
      /** What image `i` is: "filter 6: input channel 0 -> output channel 5". */
      label: (image: number) => string;
    };

/** Most images drawn; the rest are counted in the caption. */
export const MAX_IMAGES = 48;

/** The layout of `t`. */
export function tensorLayout(t: TensorData, isFilter = false): TensorLayout {
  const s = t.shape;
  const v = t.values;
  if (s.length === 4 && isFilter) {
    const [h, w, cin, cout] = s;
    const count = Math.min(cin * cout, MAX_IMAGES);
    return {
      kind: 'images',
      count,
      total: cin * cout,
      height: h,
      width: w,
      pixel: (i, y, x) => v[((y * w + x) * cin + Math.floor(i / cout)) * cout + (i % cout)],
      caption: `${cin * cout} filters of ${h}x${w}`,
      label: (i) => `filter ${i + 1}: input channel ${Math.floor(i / cout)} → output channel ${i % cout}`,
    };
  }
  if (s.length === 4 && s[1] > 1 && s[2] > 1) {
    const [n, h, w, c] = s;
    const total = n * c;
    const count = Math.min(total, MAX_IMAGES, Math.floor(v.length / (h * w)));
    // Image i is example floor(i / c), channel i % c.
    return {
      kind: 'images',
      count,
      total,
      height: h,
      width: w,
      pixel: (i, y, x) => v[((Math.floor(i / c) * h + y) * w + x) * c + (i % c)],
      caption: `${n} x ${c} images of ${h}x${w}`,
      label: (i) => `example ${Math.floor(i / c)}, channel ${i % c}`,
    };
  }
  if (s.length === 2 && s[1] === 784) {
    const count = Math.min(s[0], MAX_IMAGES);
    return { kind: 'images', count, total: s[0], height: 28, width: 28, pixel: (i, y, x) => v[i * 784 + y * 28 + x], caption: `${s[0]} images of 28x28`, label: (i) => `example ${i}` };
  }
  if (s.length === 0) return { kind: 'matrix', rows: 1, cols: 1 };
  if (s.length === 1) return { kind: 'matrix', rows: 1, cols: s[0] };
  const cols = s[s.length - 1];
  return { kind: 'matrix', rows: Math.floor(v.length / Math.max(1, cols)), cols };
}

/** Image `i` of an image layout as a row-major height x width matrix, to draw it enlarged with its values. */
export function imageValues(layout: Extract<TensorLayout, { kind: 'images' }>, i: number): Float32Array {
  const out = new Float32Array(layout.height * layout.width);
  for (let y = 0; y < layout.height; y++) for (let x = 0; x < layout.width; x++) out[y * layout.width + x] = layout.pixel(i, y, x);
  return out;
}

/** Where images sit in the grid: tiles of `tile` pixels a side apart by `gap`, `perRow` to a row. */
export interface ImageGrid {
  tileWidth: number;
  tileHeight: number;
  gap: number;
  perRow: number;
  count: number;
}

/** The image under a point of the grid (canvas pixels), or undefined over a gap or past the last. */
export function imageAt(grid: ImageGrid, x: number, y: number): number | undefined {
  const col = Math.floor(x / (grid.tileWidth + grid.gap));
  const row = Math.floor(y / (grid.tileHeight + grid.gap));
  if (col >= grid.perRow || x - col * (grid.tileWidth + grid.gap) >= grid.tileWidth || y - row * (grid.tileHeight + grid.gap) >= grid.tileHeight) return undefined;
  const i = row * grid.perRow + col;
  return i < grid.count ? i : undefined;
}
