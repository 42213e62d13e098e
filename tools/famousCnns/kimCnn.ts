/** Kim's CNN for sentence classification (Kim 2014): word embeddings, convolutions of widths 3, 4 and 5 over the words, max over time, dropout, softmax. */
import type { GraphDocument } from '../../core/graph/document.ts';
import { GraphBuilder, type Ref } from './graphBuilder.ts';
import { kimLesson } from './kimLesson.ts';
import { encode, SENTENCE_LENGTH, TEST_SENTENCES, TRAIN_SENTENCES, vocabulary } from './sentences.ts';

const EMBEDDING = 16;
const MAPS = 8;
const WIDTHS = [3, 4, 5];

/** One width's filters over whole word vectors, ReLU, then the largest value of each map over the sentence. */
function ngramFeatures(b: GraphBuilder, words: Ref, width: number): Ref {
  const scope = `conv${width}`;
  const maps = b.column().conv(scope, words, [width, EMBEDDING, 1, MAPS], { padding: 'VALID' });
  const positions = SENTENCE_LENGTH - width + 1;
  return b.node('MaxPool', `${scope}/max_over_time`, { ksize: [1, positions, 1, 1], strides: [1, 1, 1, 1], padding: 'VALID' }, { input: maps });
}

/** The Kim's-CNN template, trained on the sentences of sentences.ts. */
export function kimCnn(): GraphDocument {
  const b = new GraphBuilder();
  const words = vocabulary();
  const x = b.node('Placeholder', 'X', { dtype: 'int32', shape: [null, SENTENCE_LENGTH] });
  const table = b.gap(0.8).variable('embedding/W', [words.length, EMBEDDING], { kind: 'randomUniform', min: -0.25, max: 0.25 });
  const vectors = b.node('Gather', 'embedding/lookup', {}, { params: table, indices: x });
  const image = b.node('ExpandDims', 'embedding/expand', { axis: -1 }, { x: vectors });
  const features = WIDTHS.map((w) => ngramFeatures(b, image, w));
  const joined = b.column().node('Concat', 'concat', { axis: 3 }, { values: features });
  const flat = b.node('Reshape', 'flat', { shape: [-1, MAPS * WIDTHS.length] }, { x: joined });
  const keep = b.node('Placeholder', 'keep_prob', { dtype: 'float32', shape: [] });
  const dropped = b.node('Dropout', 'dropout', {}, { x: flat, keepProb: keep });
  const logits = b.column(0.4).dense('output', dropped, MAPS * WIDTHS.length, 2);
  const y = b.cell(4, 5.4).node('Placeholder', 'Y', { dtype: 'float32', shape: [null, 2] });
  const tail = b.classifier(logits, y, { optimizer: 'Adam', learningRate: 0.01 });
  const bind = (set: typeof TRAIN_SENTENCES, keepProb: number) => ({
    [x.id]: { kind: 'inline' as const, value: set.map(([text]) => encode(text, words)) },
    [y.id]: { kind: 'inline' as const, value: set.map(([, label]) => (label === 1 ? [0, 1] : [1, 0])) },
    [keep.id]: { kind: 'inline' as const, value: keepProb },
  });
  return b.document(
    { title: "Kim's CNN for sentences", description: "Famous CNNs: Kim's CNN for sentence classification, an embedding lookup, convolutions of widths 3, 4 and 5 over the words, max over time and dropout; 2,394 parameters.", lesson: kimLesson(words) },
    {
      train: tail.train.id,
      fetches: [
        { node: tail.cost.id, role: 'loss' },
        { node: tail.accuracy.id, role: 'accuracy' },
      ],
      feeds: bind(TRAIN_SENTENCES, 0.5),
      evalFeeds: bind(TEST_SENTENCES, 1),
      steps: 200,
      logEvery: 20,
      seed: 777,
    },
  );
}
