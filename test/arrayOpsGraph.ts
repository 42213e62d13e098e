/**
 * A small graph that uses Pad, Gather, Slice and LRN together and trains:
 * word ids looked up in an embedding, padded, convolved, normalised, cut and
 * classified (a toy of Kim's sentence CNN with AlexNet's LRN). The exports'
 * tests train it on both sides.
 */
import type { GraphDocument } from '../core/graph/document.ts';
import { GraphBuilder } from './graphBuilder.ts';

/** Eight "sentences" of six word ids (vocabulary 10), labelled by whether word 7 occurs. */
const SENTENCES = [[1, 7, 2, 3, 0, 0], [4, 5, 6, 1, 2, 0], [7, 7, 1, 0, 0, 0], [3, 2, 1, 4, 5, 6], [9, 8, 7, 6, 5, 4], [2, 3, 4, 2, 3, 4], [8, 1, 7, 0, 0, 0], [5, 5, 9, 9, 1, 0]];
const LABELS = SENTENCES.map((s) => (s.includes(7) ? 1 : 0));

export function arrayOpsGraph(): GraphDocument {
  const g = new GraphBuilder();
  const ids = g.add('Placeholder', { dtype: 'int32', shape: [null, 6] }, 'ids');
  const labels = g.add('Placeholder', { dtype: 'int32', shape: [null] }, 'labels');
  const table = g.add('Variable', { shape: [10, 4], initializer: { kind: 'randomUniform', min: -1, max: 1 } }, 'embedding');
  const words = g.add('Gather', {}, 'lookup', { params: table, indices: ids });
  const maps = g.add('Reshape', { shape: [-1, 6, 4, 1] }, 'maps', { x: words });
  const padded = g.add('Pad', { paddings: [[0, 0], [1, 1], [0, 0], [0, 0]] }, 'padded', { x: maps });
  const filter = g.add('Variable', { shape: [3, 4, 1, 5], initializer: { kind: 'glorotUniform' } }, 'filter');
  const conv = g.add('Conv2D', { strides: [1, 1, 1, 1], padding: 'VALID' }, 'conv', { input: padded, filter });
  const norm = g.add('LRN', { depthRadius: 1, bias: 1, alpha: 0.5, beta: 0.75 }, 'norm', { x: conv });
  const relu = g.add('Relu', {}, 'relu', { x: norm });
  const middle = g.add('Slice', { begin: [0, 1, 0, 0], size: [-1, 4, -1, -1] }, 'middle', { x: relu });
  const flat = g.add('Reshape', { shape: [-1, 20] }, 'flat', { x: middle });
  const w = g.add('Variable', { shape: [20, 2], initializer: { kind: 'glorotUniform' } }, 'W');
  const logits = g.add('MatMul', {}, 'logits', { a: flat, b: w });
  const ce = g.add('SoftmaxCrossEntropyWithLogits', {}, 'ce', { labels: g.add('OneHot', { depth: 2 }, 'y', { indices: labels }), logits });
  const cost = g.add('ReduceMean', {}, 'cost', { x: ce });
  const train = g.add('Minimize', { optimizer: 'Adam', learningRate: 0.05 }, 'train', { loss: cost });
  g.session = {
    train: train.id,
    steps: 30,
    logEvery: 10,
    seed: 5,
    fetches: [{ node: cost.id, role: 'loss' }],
    feeds: { [ids.id]: { kind: 'inline', value: SENTENCES }, [labels.id]: { kind: 'inline', value: LABELS } },
  };
  return g.doc();
}
