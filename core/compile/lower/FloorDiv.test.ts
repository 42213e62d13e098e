import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../runtime/backend.ts';
import { runOp } from '../../../test/opHarness.ts';

afterAll(async () => {
  await useBackend('wasm', 'cpu');
});

/** Whole numbers spread over every magnitude up to 2^31, signed, seeded. */
function spread(n: number, seed: number, min = 1): number[] {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: n }, () => {
    const v = Math.max(min, Math.floor(2 ** (next() * 31)) - 1);
    return next() < 0.5 ? -v : v;
  });
}

describe('FloorDiv lowering', () => {
  for (const backend of ['wasm', 'cpu'] as const) {
    it(`rounds int32 quotients down, exactly over the whole int32 range, on ${backend}`, async () => {
      await useBackend(backend);
      const xs = [7, -7, 7, -7, 0, 2147483647, -2147483648, 2147483647, 16777217, ...spread(20_000, 1, 0)];
      const ys = [2, 2, -2, -2, 3, 2, 3, -1, 1, ...spread(20_000, 2)];
      const [out] = runOp({ op: 'FloorDiv', inputs: [tf.tensor1d(xs, 'int32'), tf.tensor1d(ys, 'int32')] });
      expect(out.dtype).toBe('int32');
      const got = Array.from(await out.data());
      const wrong = xs.flatMap((x, i) => (got[i] === (Math.floor(x / ys[i]) | 0) ? [] : [`${x} // ${ys[i]} = ${got[i]}`]));
      expect(wrong.slice(0, 5)).toEqual([]);
      expect(got.slice(0, 5)).toEqual([3, -4, -4, 3, 0]);
    });

    it(`gives floor(x / y) in float32 on ${backend}, broadcasting`, async () => {
      await useBackend(backend);
      const [out] = runOp({ op: 'FloorDiv', inputs: [tf.tensor2d([[7.5, -7.5], [1, -0.5]]), tf.tensor1d([2, 0.25])] });
      expect([out.dtype, Array.from(await out.data())]).toEqual(['float32', [3, -30, 0, -2]]);
    });
  }
});
