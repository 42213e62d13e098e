/**
 * A digit drawn on the pad, made into what MNIST's images are: strokes inked
 * with a soft brush (MNIST's digits are anti-aliased, grey at the edges), the
 * ink's bounding box scaled to fit a 20x20 box with its aspect ratio kept,
 * then placed in the 28x28 field so its centre of mass sits at the centre
 * (LeCun et al.'s preparation of NIST's digits). Pure, for the tests.
 */

/** A point on the pad, in pad pixels. */
export interface PadPoint {
  x: number;
  y: number;
}

/** MNIST's field and the box its digits are scaled into. */
export const DIGIT_SIZE = 28;
const BOX = 20;
/** Ink below this is paper when the digit's bounding box is measured. */
const PAPER = 0.05;

/** Strokes inked on a size x size pad: 1 within half the radius of a stroke, fading smoothly to 0 at the radius. */
export function inkStrokes(strokes: readonly (readonly PadPoint[])[], size: number, radius: number): Float32Array {
  const ink = new Float32Array(size * size);
  for (const stroke of strokes)
    for (let i = 0; i < stroke.length; i++) inkSegment(ink, size, radius, stroke[i], stroke[Math.min(i + 1, stroke.length - 1)]);
  return ink;
}

function inkSegment(ink: Float32Array, size: number, radius: number, a: PadPoint, b: PadPoint): void {
  const x0 = Math.max(0, Math.floor(Math.min(a.x, b.x) - radius));
  const x1 = Math.min(size - 1, Math.ceil(Math.max(a.x, b.x) + radius));
  const y0 = Math.max(0, Math.floor(Math.min(a.y, b.y) - radius));
  const y1 = Math.min(size - 1, Math.ceil(Math.max(a.y, b.y) + radius));
  for (let y = y0; y <= y1; y++)
    for (let x = x0; x <= x1; x++) {
      const value = brush(distanceToSegment(x + 0.5, y + 0.5, a, b), radius);
      if (value > ink[y * size + x]) ink[y * size + x] = value;
    }
}

/** The soft brush: full ink to half the radius, then a smoothstep down to none at the radius. */
function brush(d: number, radius: number): number {
  const t = (d - radius / 2) / (radius / 2);
  if (t <= 0) return 1;
  if (t >= 1) return 0;
  return 1 - t * t * (3 - 2 * t);
}

function distanceToSegment(px: number, py: number, a: PadPoint, b: PadPoint): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - a.x) * dx + (py - a.y) * dy) / length2));
  return Math.hypot(px - (a.x + t * dx), py - (a.y + t * dy));
}

/** The pad's ink (size x size, 0 to 1) as an MNIST image: 784 values, row-major, 0 paper to 1 ink; all 0 when nothing is drawn. */
export function mnistDigit(ink: Float32Array, size: number): Float32Array {
  const out = new Float32Array(DIGIT_SIZE * DIGIT_SIZE);
  const box = inkBox(ink, size);
  if (!box) return out;
  const scale = BOX / Math.max(box.width, box.height);
  const width = Math.max(1, Math.round(box.width * scale));
  const height = Math.max(1, Math.round(box.height * scale));
  const small = resample(ink, size, box, width, height);
  const { x: cx, y: cy } = centreOfMass(small, width, height);
  // Whole-pixel shifts keep the strokes as sharp as the resampling left them.
  const dx = Math.round(DIGIT_SIZE / 2 - cx);
  const dy = Math.round(DIGIT_SIZE / 2 - cy);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const tx = x + dx;
      const ty = y + dy;
      if (tx >= 0 && tx < DIGIT_SIZE && ty >= 0 && ty < DIGIT_SIZE) out[ty * DIGIT_SIZE + tx] = small[y * width + x];
    }
  return out;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The smallest rectangle holding every inked pixel. */
function inkBox(ink: Float32Array, size: number): Box | undefined {
  let x0 = size;
  let y0 = size;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++)
      if (ink[y * size + x] > PAPER) {
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
  return x1 < 0 ? undefined : { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

/** The box's ink averaged down (or up) to width x height: each output pixel the mean of the pad area it covers, which anti-aliases. */
function resample(ink: Float32Array, size: number, box: Box, width: number, height: number): Float32Array {
  const out = new Float32Array(width * height);
  const sx = box.width / width;
  const sy = box.height / height;
  const SUB = 4;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let j = 0; j < SUB; j++)
        for (let i = 0; i < SUB; i++) {
          const px = Math.min(size - 1, Math.floor(box.x + (x + (i + 0.5) / SUB) * sx));
          const py = Math.min(size - 1, Math.floor(box.y + (y + (j + 0.5) / SUB) * sy));
          sum += ink[py * size + px];
        }
      out[y * width + x] = Math.min(1, sum / (SUB * SUB));
    }
  return out;
}

/** The ink-weighted mean position, in pixel units from the top-left corner (a pixel's centre is at +0.5). */
export function centreOfMass(image: ArrayLike<number>, width: number, height: number): PadPoint {
  let mass = 0;
  let x = 0;
  let y = 0;
  for (let r = 0; r < height; r++)
    for (let c = 0; c < width; c++) {
      const v = image[r * width + c];
      mass += v;
      x += v * (c + 0.5);
      y += v * (r + 0.5);
    }
  return mass === 0 ? { x: width / 2, y: height / 2 } : { x: x / mass, y: y / mass };
}
