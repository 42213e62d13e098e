/**
 * The input end of AlphaGo's policy network (Silver et al. 2016): a 19x19
 * board as 48 feature planes, padded to 23x23 for the first 5x5 layer, one of
 * the 3x3 layers that follow, and the 1x1 output layer with a bias per point,
 * softmax over the 361 points. The paper's net has 11 of the 3x3 layers.
 */
import type { GraphDocument, NestedNumbers } from '../../core/graph/document.ts';
import { GraphBuilder } from './graphBuilder.ts';
import { ALPHAGO_LESSON } from './alphagoLesson.ts';

const FILTERS = 192;

/**
 * The empty board, black to play, in the paper's 48 planes (its table 2):
 * stone colour (player, opponent, empty: planes 0-2), a plane of ones (3),
 * turns since (4-11), liberties (12-19), capture size (20-27), self-atari
 * size (28-35), liberties after move (36-43), ladder capture (44) and escape
 * (45), sensibleness (46: every empty point is a sensible move) and zeros
 * (47). One example, [1,19,19,48].
 */
export function emptyBoard(): NestedNumbers {
  const point = Array.from({ length: 48 }, (_, plane) => (plane === 2 || plane === 3 || plane === 46 ? 1 : 0));
  return [Array.from({ length: 19 }, () => Array.from({ length: 19 }, () => [...point]))];
}

/** The AlphaGo policy-network template. */
export function alphago(): GraphDocument {
  const b = new GraphBuilder();
  const board = b.node('Placeholder', 'board', { dtype: 'float32', shape: [null, 19, 19, 48] });
  const padded = b.column().node('Pad', 'conv1/pad', { paddings: [[0, 0], [2, 2], [2, 2], [0, 0]] }, { x: board });
  const conv1 = b.conv('conv1', padded, [5, 5, 48, FILTERS], { padding: 'VALID' });
  const padded2 = b.column().node('Pad', 'conv2/pad', { paddings: [[0, 0], [1, 1], [1, 1], [0, 0]] }, { x: conv1 });
  const conv2 = b.conv('conv2', padded2, [3, 3, FILTERS, FILTERS], { padding: 'VALID' });
  const scores = b.column().conv('output', conv2, [1, 1, FILTERS, 1], { bias: false, activation: null });
  const flat = b.node('Reshape', 'output/flat', { shape: [-1, 361] }, { x: scores });
  const biased = b.node('Add', 'output/BiasAdd', {}, { x: flat, y: b.variable('output/b', [361], { kind: 'zeros' }) });
  const policy = b.node('Softmax', 'policy', {}, { x: biased });
  return b.document(
    {
      title: "AlphaGo's policy network",
      description: "Famous CNNs: the input of AlphaGo's policy network, a 19x19 board of 48 feature planes padded to 23x23 for a 5x5 convolution of 192 filters, a 3x3 layer and the 1x1 output over 361 points.",
      lesson: ALPHAGO_LESSON,
    },
    { fetches: [{ node: policy.id, role: 'prediction' }], feeds: { [board.id]: { kind: 'inline', value: emptyBoard() } }, seed: 777 },
  );
}
