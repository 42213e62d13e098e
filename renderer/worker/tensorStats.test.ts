import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { statRow, tensorStats } from './tensorStats.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('tensorStats', () => {
  it('reduces each tensor to mean, std, min, max, norm and non-finite count', async () => {
    const a = tf.tensor([3, -1, 1, 5]);
    const b = tf.tensor([[1, NaN]]);
    const c = tf.tensor([1, 0], undefined, 'bool');
    const stats = await tensorStats([a, b, c]);
    // mean 2, variance (1+9+1+9)/4 = 5, norm sqrt(36)
    const [mean, std, min, max, norm, bad] = statRow(stats, 0);
    expect([mean, min, max, bad]).toEqual([2, -1, 5, 0]);
    expect(std).toBeCloseTo(Math.sqrt(5), 6);
    expect(norm).toBeCloseTo(6, 6);
    expect(statRow(stats, 1)[5]).toBe(1);
    expect(statRow(stats, 2).slice(0, 4)).toEqual([0.5, 0.5, 0, 1]);
    tf.dispose([a, b, c]);
  });
});
