/**
 * A float image turned into 8-bit pixels as TF1's ImageSummary kernel does
 * (tensorflow/core/kernels/summary_image_op.cc, NormalizeFloatImage), one
 * image at a time: all values nonnegative scale so the largest is 255; any
 * negative value shifts 0 to 128 and scales by 127 / max |value|. A pixel with
 * a value that is not finite takes TF's bad colour, red (255, 0, 0, 255).
 */

/** TF's default `bad_color`, cut to the image's channels. */
const BAD_COLOR = [255, 0, 0, 255];
/** Below this the image is all zeros (TF's kZeroThreshold). */
const ZERO_THRESHOLD = 1e-6;

/**
 * Pixels of `count` images of `pixels` pixels with `channels` channels each,
 * read row-major from `values`; each image is normalised on its own.
 */
export function imagePixels(values: ArrayLike<number>, count: number, pixels: number, channels: number): Uint8Array {
  const out = new Uint8Array(count * pixels * channels);
  for (let image = 0; image < count; image++) normalizeImage(values, image * pixels * channels, pixels, channels, out);
  return out;
}

function normalizeImage(values: ArrayLike<number>, start: number, pixels: number, channels: number, out: Uint8Array): void {
  const finite = (p: number) => {
    for (let c = 0; c < channels; c++) if (!Number.isFinite(values[start + p * channels + c])) return false;
    return true;
  };
  let min = Infinity;
  let max = -Infinity;
  for (let p = 0; p < pixels; p++) {
    if (!finite(p)) continue;
    for (let c = 0; c < channels; c++) {
      const v = values[start + p * channels + c];
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  // The kernel computes in float32: fround keeps its rounding, so pixels match TF's exactly.
  let scale: number;
  let offset: number;
  if (min < 0) {
    const m = Math.fround(Math.max(Math.abs(min), Math.abs(max)));
    scale = m < ZERO_THRESHOLD ? 0 : Math.fround(127 / m);
    offset = 128;
  } else {
    scale = max < ZERO_THRESHOLD ? 0 : Math.fround(255 / Math.fround(max));
    offset = 0;
  }
  for (let p = 0; p < pixels; p++) {
    const ok = finite(p);
    for (let c = 0; c < channels; c++) {
      const i = start + p * channels + c;
      // C++'s float-to-uint8 cast truncates.
      out[i] = ok ? Math.min(255, Math.max(0, Math.trunc(Math.fround(Math.fround(values[i] * scale) + offset)))) : BAD_COLOR[c];
    }
  }
}
