/**
 * "shapes": a small synthetic image set for templates that take ImageNet-sized
 * inputs (AlexNet's 227x227x3), generated here rather than shipped: four
 * classes (horizontal stripes, vertical stripes, a disc, a square) in random
 * colours, sizes and places over a noisy background. The same split gives the
 * same images on every machine: each image draws from its own seeded
 * generator. Images are float32 RGB in [0, 1], rows of 227*227*3 in HWC
 * order; labels are the class numbers 0-3 (feed them to OneHot).
 */
import { mulberry32 } from './random.ts';
import type { DatasetSplit } from '../graph/document.ts';
import type { DataArray } from './dataArray.ts';
import { DataError } from './dataError.ts';

export const SHAPES_CLASSES = ['horizontal stripes', 'vertical stripes', 'disc', 'square'] as const;
export const SHAPES_SIDE = 227;
/** Images per split: 8 or 4 of each class, in turn (0, 1, 2, 3, 0, ...). */
export const SHAPES_SIZES: Partial<Record<DatasetSplit, number>> = { train: 32, test: 16 };
const SEEDS: Partial<Record<DatasetSplit, number>> = { train: 1, test: 2 };

/** One field (`images` or `labels`) of one split (`train` or `test`). */
export function loadShapes(split: DatasetSplit, field: string): DataArray {
  const count = SHAPES_SIZES[split];
  if (count === undefined) throw new DataError(`the shapes dataset has the splits ${Object.keys(SHAPES_SIZES).join(' and ')}, not ${split}`);
  if (field === 'labels') return { values: Float32Array.from({ length: count }, (_, i) => i % SHAPES_CLASSES.length), shape: [count] };
  if (field !== 'images') throw new DataError(`the shapes dataset has the fields images and labels, not ${field}`);
  const size = SHAPES_SIDE * SHAPES_SIDE * 3;
  const values = new Float32Array(count * size);
  for (let i = 0; i < count; i++) drawImage(values.subarray(i * size, (i + 1) * size), i % SHAPES_CLASSES.length, mulberry32(SEEDS[split]! * 100_003 + i));
  return { values, shape: [count, size] };
}

type Random = () => number;

/** Fills one HWC image with class `label`'s pattern. */
function drawImage(out: Float32Array, label: number, random: Random): void {
  const n = SHAPES_SIDE;
  const colour = () => [random(), random(), random()];
  const background = colour().map((c) => c * 0.4);
  // The foreground is bright where the background is dark, so the pattern always shows.
  const foreground = colour().map((c) => 0.6 + c * 0.4);
  const inside = patternOf(label, random);
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++) {
      const c = inside(x, y) ? foreground : background;
      for (let k = 0; k < 3; k++) out[(y * n + x) * 3 + k] = Math.min(1, c[k] + random() * 0.1);
    }
}

/** Which pixels of the class's pattern are foreground. */
function patternOf(label: number, random: Random): (x: number, y: number) => boolean {
  const n = SHAPES_SIDE;
  if (label <= 1) {
    const period = 12 + Math.floor(random() * 24);
    const phase = Math.floor(random() * period);
    return label === 0 ? (_, y) => (y + phase) % period < period / 2 : (x) => (x + phase) % period < period / 2;
  }
  const size = 50 + random() * 70;
  const cx = size / 2 + random() * (n - size);
  const cy = size / 2 + random() * (n - size);
  if (label === 2) return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= (size / 2) ** 2;
  return (x, y) => Math.abs(x - cx) <= size / 2 && Math.abs(y - cy) <= size / 2;
}
