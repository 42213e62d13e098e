import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InitializerSpec } from '../../ops/initializers.ts';
import { fillUniform } from '../../random/distributions.ts';
import { randomInitializerValues } from '../../random/initializerValues.ts';
import { MT19937 } from '../../random/mt19937.ts';
import { Philox } from '../../random/philox.ts';
import { useBackend } from '../../runtime/backend.ts';
import { randomHelpers } from './tfjsRandom.ts';

/** The helpers' text evaluated as the exported module runs it, with tfjs as `tf`. */
const helpers = new Function('tf', `${randomHelpers(['initialValues', 'dropout', 'permutation']).join('\n\n')}\nreturn { initialValues, dropout, randomState, permutation, philox, philoxSkip, philoxNext };`)(tf) as {
  initialValues(kind: string, shape: number[], seed: number, seed2: number, a?: number, b?: number): Float32Array;
  dropout(x: tf.Tensor, keepProb: tf.Tensor, stream: { seed: number; seed2: number; position: number }, training: boolean): tf.Tensor;
  randomState(seed: number): unknown;
  permutation(rs: unknown, n: number): Int32Array;
  philox(seed: number, seed2: number): unknown;
  philoxSkip(gen: unknown, n: number): void;
  philoxNext(gen: unknown): number[];
};

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('the TF.js export\'s random helpers draw what core/random draws', () => {
  const specs: [InitializerSpec, number?, number?][] = [
    [{ kind: 'randomNormal', mean: 0.5, stddev: 2 }, 0.5, 2],
    [{ kind: 'truncatedNormal', mean: -1, stddev: 0.1 }, -1, 0.1],
    [{ kind: 'randomUniform', min: -3, max: 1 }, -3, 1],
    [{ kind: 'glorotUniform' }],
    [{ kind: 'glorotNormal' }],
    [{ kind: 'heNormal' }],
    [{ kind: 'heUniform' }],
  ];
  for (const [spec, a, b] of specs) {
    it(`${spec.kind} on [7, 9] and [3, 3, 2, 5]`, () => {
      for (const shape of [[7, 9], [3, 3, 2, 5]]) expect(helpers.initialValues(spec.kind, shape, 777, 3, a, b)).toEqual(randomInitializerValues(spec, shape, 777, 3));
    });
  }

  it('Philox skips as core/random\'s does, past 2^32 too', () => {
    const ours = new Philox(5, 6);
    ours.skip(2 ** 32 + 17);
    const theirs = helpers.philox(5, 6);
    helpers.philoxSkip(theirs, 2 ** 32 + 17);
    expect(helpers.philoxNext(theirs)).toEqual(Array.from(ours.next()));
  });

  it('dropout keeps where the stream\'s uniform draw >= 1 - keep, and training runs move it on', async () => {
    const stream = { seed: 11, seed2: 2, position: 0 };
    const x = tf.ones([4, 25]);
    const keep = tf.scalar(0.6);
    const masks = [];
    for (let run = 0; run < 2; run++) {
      const y = helpers.dropout(x, keep, stream, true);
      masks.push(Array.from(await y.data()));
      y.dispose();
    }
    const gen = new Philox(11, 2);
    const rate = Math.fround(1 - Math.fround(0.6));
    const scale = Math.fround(1 / Math.fround(1 - rate));
    expect(masks[0]).toEqual(Array.from(fillUniform(gen.clone(), 100), (u) => (u >= rate ? scale : 0)));
    gen.skip(100 * 256);
    expect(masks[1]).toEqual(Array.from(fillUniform(gen, 100), (u) => (u >= rate ? scale : 0)));
    expect(stream.position).toBe(2 * 100 * 256);
    tf.dispose([x, keep]);
  });

  it('permutations are RandomState\'s, epoch after epoch', () => {
    const rs = helpers.randomState(777);
    const mt = new MT19937(777);
    for (const n of [12, 1000, 3]) expect(helpers.permutation(rs, n)).toEqual(mt.permutation(n));
  });
});
