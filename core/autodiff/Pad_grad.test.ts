import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('Pad gradient', () => {
  it('is the middle of dy, a SliceLike at the before-paddings', async () => {
    const paddings: [number, number][] = [[1, 2], [0, 3]];
    const { diff } = await checkGradient({ op: 'Pad', attrs: { paddings, constantValue: 0.5 }, inputs: [{ shape: [2, 3] }], reference: (x) => tf.pad(x, paddings, 0.5) });
    expect(diff.doc.nodes.filter((n) => n.op === 'SliceLike').map((n) => n.attrs)).toEqual([{ begin: [1, 0] }]);
  });
  it('works behind a ? batch that is itself padded', async () => {
    const paddings: [number, number][] = [[1, 1], [2, 2], [2, 2], [0, 0]];
    await checkGradient({ op: 'Pad', attrs: { paddings }, inputs: [{ shape: [2, 3, 3, 2], staticShape: [null, 3, 3, 2] }], reference: (x) => tf.pad(x, paddings), seed: 2 });
  });
});
