import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import { Session } from './session.ts';
import { summaryImages } from './summaryImages.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** X [?, 4] as 2x2 grayscale images, and X itself (not an image). */
function graph() {
  const g = new GraphBuilder();
  const x = g.add('Placeholder', { shape: [null, 4] }, 'X');
  const image = g.add('Reshape', { shape: [-1, 2, 2, 1] }, 'x_image', { x });
  return { session: new Session(g.doc(), { backend: tf.getBackend() }), x: x.id, image: image.id };
}

describe('summaryImages', () => {
  it("draws the first maxOutputs images of each image node's value on the feeds, as 8-bit pixels", async () => {
    const { session, x, image } = graph();
    const feeds = { X: [[0, 1, 2, 4], [-1, 0, 0, 1], [9, 9, 9, 9]] };
    const before = tf.memory().numTensors;
    const entries = await summaryImages(session, session.analysis, [{ node: image, label: 'input', maxOutputs: 2 }, { node: x }, { node: image }], feeds);
    expect(tf.memory().numTensors).toBe(before);
    expect(entries.map((e) => ({ ...e, pixels: [...e.pixels] }))).toEqual([
      { tag: 'input', nodeId: image, maxOutputs: 2, count: 2, height: 2, width: 2, channels: 1, pixels: [0, 63, 127, 255, 1, 128, 128, 255] },
      { tag: 'x_image', nodeId: image, maxOutputs: 3, count: 3, height: 2, width: 2, channels: 1, pixels: [0, 63, 127, 255, 1, 128, 128, 255, 255, 255, 255, 255] },
    ]);
    session.dispose();
  });

  it('is empty for a session without image summaries, running nothing', async () => {
    const { session } = graph();
    expect(await summaryImages(session, session.analysis, [{ node: 'gone' }], {})).toEqual([]);
    session.dispose();
  });
});
