/** The MNIST side of a template: X as 28x28x1 images, one-hot Y, and the course's session (train-55k, test, Adam, batch 100). */
import type { SessionConfig } from '../../core/graph/document.ts';
import type { GraphBuilder, Ref } from './graphBuilder.ts';

/** The Placeholder X [?,784] and X reshaped to [?,28,28,1]. */
export function mnistImages(b: GraphBuilder): { x: Ref; image: Ref } {
  const x = b.node('Placeholder', 'X', { dtype: 'float32', shape: [null, 784] });
  return { x, image: b.node('Reshape', 'X_img', { shape: [-1, 28, 28, 1] }, { x }) };
}

/** The Placeholder Y [?,10] of one-hot digit labels, placed where the loss starts. */
export function mnistLabels(b: GraphBuilder): Ref {
  return b.node('Placeholder', 'Y', { dtype: 'float32', shape: [null, 10] });
}

/** Trains `train` on MNIST's 55,000 and evaluates `accuracy` on the 10,000 test images. */
export function mnistSession(inputs: { x: Ref; y: Ref }, fetched: { cost: Ref; train: Ref; accuracy: Ref }, epochs: number): SessionConfig {
  const bind = (split: 'train-55k' | 'test') => ({
    [inputs.x.id]: { kind: 'dataset' as const, name: 'mnist', split, field: 'images' },
    [inputs.y.id]: { kind: 'dataset' as const, name: 'mnist', split, field: 'labels' },
  });
  return {
    train: fetched.train.id,
    fetches: [
      { node: fetched.cost.id, role: 'loss' },
      { node: fetched.accuracy.id, role: 'accuracy' },
    ],
    feeds: bind('train-55k'),
    evalFeeds: bind('test'),
    epochs,
    batchSize: 100,
    seed: 777,
  };
}
