/**
 * AlexNet (Krizhevsky, Sutskever, Hinton 2012) at its real input size,
 * 227x227x3, with its 1,000 ImageNet classes, trained on the generated
 * shapes set (core/data/shapes.ts), with the paper's local response
 * normalisation. One tower: the paper split conv2, conv4, conv5 over two
 * GPUs; here every filter sees every channel.
 */
import type { GraphDocument } from '../../core/graph/document.ts';
import { GraphBuilder, type Ref } from './graphBuilder.ts';
import { ALEXNET_LESSON } from './alexnetLesson.ts';

/** The AlexNet template. */
export function alexnet(): GraphDocument {
  const b = new GraphBuilder();
  const x = b.node('Placeholder', 'X', { dtype: 'float32', shape: [null, 227, 227, 3] });
  const keep = b.node('Placeholder', 'keep_prob', { dtype: 'float32', shape: [] });
  const init = { kind: 'truncatedNormal', mean: 0, stddev: 0.01 } as const;
  const pool = (scope: string, input: Ref) => b.pool('MaxPool', `${scope}/MaxPool`, input, 3, 2);
  // The paper's local response normalisation after conv1 and conv2: k = 2, n = 5 (radius 2), alpha 1e-4, beta 0.75, in its formula as TF computes it.
  const lrn = (scope: string, input: Ref) => b.node('LRN', `${scope}/LRN`, { depthRadius: 2, bias: 2, alpha: 1e-4, beta: 0.75 }, { x: input });
  const conv1 = pool('conv1', lrn('conv1', b.column().conv('conv1', x, [11, 11, 3, 96], { stride: 4, padding: 'VALID', init: { kind: 'heNormal' } })));
  const conv2 = pool('conv2', lrn('conv2', b.column().conv('conv2', conv1, [5, 5, 96, 256], { init: { kind: 'heNormal' } })));
  const conv3 = b.column().conv('conv3', conv2, [3, 3, 256, 384], { init: { kind: 'heNormal' } });
  const conv4 = b.column().conv('conv4', conv3, [3, 3, 384, 384], { init: { kind: 'heNormal' } });
  const pool5 = pool('conv5', b.column().conv('conv5', conv4, [3, 3, 384, 256], { init: { kind: 'heNormal' } }));
  // The dense layers form a second band under the convolutions.
  const flat = b.cell(1, 7.8).node('Reshape', 'flat', { shape: [-1, 9216] }, { x: pool5 });
  const dropout = (name: string, input: Ref) => b.node('Dropout', name, {}, { x: input, keepProb: keep });
  const fc6 = dropout('fc6/dropout', b.gap().dense('fc6', flat, 9216, 4096, 'Relu', init));
  const fc7 = dropout('fc7/dropout', b.column(9.2).dense('fc7', fc6, 4096, 4096, 'Relu', init));
  const logits = b.column(9.2).dense('fc8', fc7, 4096, 1000, undefined, init);
  const y = b.column(9.2).node('Placeholder', 'Y', { dtype: 'int32', shape: [null] });
  const labels = b.node('OneHot', 'Y_one_hot', { depth: 1000 }, { indices: y });
  const tail = b.classifier(logits, labels, { optimizer: 'Momentum', learningRate: 0.001, momentum: 0.9 });
  const bind = (split: 'train' | 'test', keepProb: number) => ({
    [x.id]: { kind: 'dataset' as const, name: 'shapes', split, field: 'images' },
    [y.id]: { kind: 'dataset' as const, name: 'shapes', split, field: 'labels' },
    [keep.id]: { kind: 'inline' as const, value: keepProb },
  });
  return b.document(
    { title: 'AlexNet', description: 'Famous CNNs: AlexNet at its real size, 227x227x3 in, 96 filters of 11x11x3 at stride 4, 1,000 classes; 62,378,344 parameters, trained on generated shapes.', lesson: ALEXNET_LESSON },
    {
      train: tail.train.id,
      fetches: [
        { node: tail.cost.id, role: 'loss' },
        { node: tail.accuracy.id, role: 'accuracy' },
      ],
      feeds: bind('train', 0.5),
      evalFeeds: bind('test', 1),
      epochs: 5,
      batchSize: 8,
      seed: 777,
    },
  );
}
