import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { lowered } from '../../../test/lowered.ts';
import { useBackend } from '../../runtime/backend.ts';

/**
 * Which tfjs kernels each lowering picks per backend, run on the cpu backend
 * (only the choice is under test here; the values are tested per op). On
 * WebGL and WebGPU a transposed MatMul passes the flags (the shaders read
 * either layout), while wasm transposes explicitly (its flagged matmul skips
 * XNNPACK); the conv and pool gradients use the GPU backends' own kernels.
 */
beforeAll(async () => {
  await useBackend('cpu');
});

async function kernelsOf(op: string, attrs: Record<string, unknown>, shapes: number[][], backend: string): Promise<string[]> {
  const kernel = lowered(op, attrs, shapes, backend);
  const inputs = shapes.map((s) => tf.ones(s));
  const info = await tf.profile(() => tf.tidy(() => kernel(inputs)));
  tf.dispose([info.result as tf.Tensor, ...inputs]);
  return info.kernels.map((k) => k.name);
}

const conv = { strides: [1, 1, 1, 1], padding: 'SAME' };
const pool = { ksize: [1, 2, 2, 1], strides: [1, 2, 2, 1], padding: 'SAME' };

describe('lowering forms per backend', () => {
  it('MatMul: transpose flags on WebGL and WebGPU, explicit transposes on wasm', async () => {
    const attrs = { transposeA: true, transposeB: true };
    for (const gpu of ['webgl', 'webgpu']) expect(await kernelsOf('MatMul', attrs, [[3, 2], [4, 3]], gpu)).toEqual(['BatchMatMul']);
    expect(await kernelsOf('MatMul', attrs, [[3, 2], [4, 3]], 'wasm')).toEqual(['Transpose', 'Transpose', 'BatchMatMul']);
    expect(await kernelsOf('MatMul', { transposeA: false, transposeB: false }, [[2, 3], [3, 4]], 'wasm')).toEqual(['BatchMatMul']);
  });

  it("Conv2D's gradients and MaxPoolGrad: the GPU backends' own kernels", async () => {
    for (const gpu of ['webgl', 'webgpu']) {
      expect(await kernelsOf('Conv2DBackpropFilter', conv, [[1, 4, 4, 2], [3, 3, 2, 8], [1, 4, 4, 8]], gpu)).toEqual(['Conv2DBackpropFilter']);
      expect(await kernelsOf('Conv2DBackpropInput', conv, [[1, 4, 4, 2], [3, 3, 2, 8], [1, 4, 4, 8]], gpu)).toEqual(['Conv2DBackpropInput']);
      expect(await kernelsOf('MaxPoolGrad', pool, [[1, 4, 4, 2], [1, 2, 2, 2], [1, 2, 2, 2]], gpu)).toEqual(['MaxPoolGrad']);
    }
  });
});
