import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomInitializerValues } from '../random/initializerValues.ts';
import { useBackend } from './backend.ts';
import { initialValue } from './initialize.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('constant initializers', () => {
  it('zeros, ones and constant are exact, float32, of the asked shape', async () => {
    for (const [spec, value] of [[{ kind: 'zeros' }, 0], [{ kind: 'ones' }, 1], [{ kind: 'constant', value: -0.25 }, -0.25]] as const) {
      const t = initialValue(spec, [3, 4], undefined);
      expect(t.dtype).toBe('float32');
      expect(t.shape).toEqual([3, 4]);
      expect(Array.from(await t.data())).toEqual(new Array(12).fill(value));
      t.dispose();
    }
  });
});

describe('random initializers', () => {
  it('hold core/random\'s draw for their seed pair', async () => {
    const spec = { kind: 'truncatedNormal', mean: 1, stddev: 0.5 } as const;
    const t = initialValue(spec, [5, 3], [777, 2]);
    expect(t.shape).toEqual([5, 3]);
    expect(Array.from(await t.data())).toEqual(Array.from(randomInitializerValues(spec, [5, 3], 777, 2)!));
    t.dispose();
  });

  it('refuse to draw without a seed pair', () => {
    expect(() => tf.tidy(() => initialValue({ kind: 'glorotUniform' }, [2, 2], undefined))).toThrow(/seed pair/);
  });
});
