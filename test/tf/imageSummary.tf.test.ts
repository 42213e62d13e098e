/**
 * core/summary/imagePixels against TensorFlow 2.21's tf.compat.v1.summary.image:
 * the same float images give the same 8-bit pixels, image by image, for
 * nonnegative values, negative ones, non-finite ones and max_outputs; and
 * File > Import Python tags a program's summaries as TF1 does.
 */
import { describe, expect, it } from 'vitest';
import { importPython } from '../../core/codegen/python/importPython.ts';
import { imagePixels } from '../../core/summary/imagePixels.ts';
import { runPython } from '../../tools/tf/python.ts';

interface Case {
  shape: [number, number, number, number];
  values: (number | null)[];
  maxOutputs: number;
}

/** Deterministic values in [lo, hi). */
function ramp(n: number, lo: number, hi: number): number[] {
  return Array.from({ length: n }, (_, i) => lo + ((i * 7919) % n) * ((hi - lo) / n));
}

const CASES: Case[] = [
  { shape: [3, 28, 28, 1], values: ramp(3 * 784, 0, 1), maxOutputs: 3 },
  { shape: [4, 5, 6, 1], values: ramp(120, -0.7, 2.3), maxOutputs: 2 },
  { shape: [2, 4, 4, 3], values: ramp(96, -3, 1), maxOutputs: 3 },
  { shape: [1, 3, 3, 4], values: ramp(36, 0, 1000), maxOutputs: 1 },
  { shape: [1, 2, 2, 1], values: [0, 0, 0, 0], maxOutputs: 1 },
];

describe('image summaries against TensorFlow', () => {
  it('give the pixels tf.summary.image writes', async () => {
    const theirs = await runPython<{ tags: string[]; pixels: number[][] }[]>(new URL('image_summary.py', import.meta.url).pathname, CASES, { timeoutMs: 120_000 });
    CASES.forEach((c, i) => {
      const [n, h, w, ch] = c.shape;
      const count = Math.min(n, c.maxOutputs);
      const ours = imagePixels(Float32Array.from(c.values as number[]), count, h * w, ch);
      const size = h * w * ch;
      expect(theirs[i].pixels.length).toBe(count);
      for (let k = 0; k < count; k++) expect([...ours.subarray(k * size, (k + 1) * size)]).toEqual(theirs[i].pixels[k]);
    });
  }, 150_000);

  it('are tagged by the Python import as TF1 tags them: name scopes, repeated names, illegal characters', async () => {
    const program = [
      'X = tf.placeholder(tf.float32, [None, 784])',
      'x_image = tf.reshape(X, [-1, 28, 28, 1])',
      "tf.summary.image('x', x_image)",
      "tf.summary.image('x', x_image + 1)",
      "with tf.name_scope('input'):",
      "    tf.summary.image('x', x_image)",
      "    tf.summary.image('x', x_image * 2)",
      "tf.summary.image('my digits', x_image * 3)",
      "tf.summary.image('/lead', x_image * 4)",
    ].join('\n');
    const theirs = await runPython<string[]>(new URL('image_summary_tags.py', import.meta.url).pathname, program, { timeoutMs: 120_000 });
    const ours = importPython(`import tensorflow as tf\n${program}\n`).document.session?.images?.map((image) => image.label);
    expect(theirs).toEqual(['x', 'x_1', 'input/x', 'input/x_1', 'my_digits', 'lead']);
    expect(ours).toEqual(theirs);
  }, 150_000);
});
