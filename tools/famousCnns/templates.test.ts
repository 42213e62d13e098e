/**
 * The famous-CNN templates: each samples/ file is what write.ts writes, opens
 * without a diagnostic, and has the output shapes and parameter counts worked
 * out by hand from the papers' layer tables (the lessons quote the same).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/graph/analyze.ts';
import { exportPython } from '../../core/codegen/export/exportPython.ts';
import { graphCost } from '../../core/graph/cost.ts';
import { loadDocumentText } from '../../core/graph/load.ts';
import { encode, SENTENCE_LENGTH, TEST_SENTENCES, TRAIN_SENTENCES, vocabulary } from './sentences.ts';
import { emptyBoard } from './alphago.ts';
import { templateText } from './templateText.ts';
import { TEMPLATES } from './templates.ts';

function opened(name: string) {
  const { document, diagnostics } = loadDocumentText(readFileSync(new URL(`../../samples/${name}.flow.json`, import.meta.url), 'utf8'));
  expect(diagnostics).toEqual([]);
  const analysis = analyze(document!);
  const cost = graphCost(analysis);
  const node = (n: string) => document!.nodes.find((x) => x.name === n)!;
  return {
    shape: (n: string) => analysis.types.get(node(n).id)?.[0].shape,
    parameters: (scope: string) => cost.scopes.get(scope)?.parameters,
    total: cost.parameters,
    macs: (n: string) => cost.nodes.get(node(n).id)?.macs,
  };
}

describe('famous-CNN templates', () => {
  it.each(Object.keys(TEMPLATES))('samples/%s.flow.json is what write.ts writes', (name) => {
    expect(readFileSync(new URL(`../../samples/${name}.flow.json`, import.meta.url), 'utf8')).toBe(templateText(name));
  });

  it('LeNet-5: C1 6@28x28, S2 6@14x14, C3 16@10x10, S4 16@5x5, F5 120, F6 84, 10 out; 61,706 parameters', () => {
    const t = opened('lenet-5');
    expect([t.shape('C1/Tanh'), t.shape('S2'), t.shape('C3/Tanh'), t.shape('S4'), t.shape('F5/Tanh'), t.shape('F6/Tanh'), t.shape('logits')]).toEqual([
      [null, 28, 28, 6],
      [null, 14, 14, 6],
      [null, 10, 10, 16],
      [null, 5, 5, 16],
      [null, 120],
      [null, 84],
      [null, 10],
    ]);
    expect(['C1', 'C3', 'F5', 'F6', 'logits'].map(t.parameters)).toEqual([5 * 5 * 6 + 6, 5 * 5 * 6 * 16 + 16, 400 * 120 + 120, 120 * 84 + 84, 84 * 10 + 10]);
    expect(t.total).toBe(61_706);
    // C1: 28x28x6 outputs, each a dot product over 5x5x1.
    expect(t.macs('C1/Conv2D')).toBe(28 * 28 * 6 * 25);
  });

  it('ResNet: each block keeps its input shape, so the skip can add it back; 17,210 parameters', () => {
    const t = opened('resnet-mnist');
    expect([t.shape('block1/skip'), t.shape('pool1'), t.shape('block2/skip'), t.shape('pool2'), t.shape('logits')]).toEqual([
      [null, 28, 28, 16],
      [null, 14, 14, 16],
      [null, 14, 14, 16],
      [null, 7, 7, 16],
      [null, 10],
    ]);
    expect(['stem', 'block1', 'block2', 'logits'].map(t.parameters)).toEqual([144, 2 * 3 * 3 * 16 * 16, 2 * 3 * 3 * 16 * 16, 784 * 10 + 10]);
    expect(t.total).toBe(17_210);
  });

  it('inception module: four 14x14 branches of 8, 16, 8 and 8 channels concatenate to 40; 22,154 parameters', () => {
    const t = opened('inception-mnist');
    expect([t.shape('1x1/Relu'), t.shape('3x3/Relu'), t.shape('5x5/Relu'), t.shape('pool_proj/Relu'), t.shape('concat'), t.shape('flat')]).toEqual([
      [null, 14, 14, 8],
      [null, 14, 14, 16],
      [null, 14, 14, 8],
      [null, 14, 14, 8],
      [null, 14, 14, 40],
      [null, 1960],
    ]);
    expect(['stem', '1x1', '3x3_reduce', '3x3', '5x5_reduce', '5x5', 'pool_proj', 'logits'].map(t.parameters)).toEqual([144, 128, 128, 1152, 64, 800, 128, 19_610]);
    expect(t.total).toBe(22_154);
  });

  it('AlexNet at 227x227x3: conv1 has 34,944 parameters and gives 55x55x96; 62,378,344 in all', () => {
    const t = opened('alexnet');
    expect(t.shape('X')).toEqual([null, 227, 227, 3]);
    expect(['conv1/Relu', 'conv1/LRN', 'conv1/MaxPool', 'conv2/MaxPool', 'conv3/Relu', 'conv4/Relu', 'conv5/MaxPool', 'flat', 'fc6/dropout', 'fc7/dropout', 'fc8'].map(t.shape)).toEqual([
      [null, 55, 55, 96],
      [null, 55, 55, 96],
      [null, 27, 27, 96],
      [null, 13, 13, 256],
      [null, 13, 13, 384],
      [null, 13, 13, 384],
      [null, 6, 6, 256],
      [null, 9216],
      [null, 4096],
      [null, 4096],
      [null, 1000],
    ]);
    expect(['conv1', 'conv2', 'conv3', 'conv4', 'conv5', 'fc6', 'fc7', 'fc8'].map(t.parameters)).toEqual([
      11 * 11 * 3 * 96 + 96, 5 * 5 * 96 * 256 + 256, 3 * 3 * 256 * 384 + 384, 3 * 3 * 384 * 384 + 384, 3 * 3 * 384 * 256 + 256, 9216 * 4096 + 4096, 4096 * 4096 + 4096, 4096 * 1000 + 1000,
    ]);
    expect(t.parameters('conv1')).toBe(34_944);
    expect(t.total).toBe(62_378_344);
    expect(t.macs('conv1/Conv2D')).toBe(55 * 55 * 96 * 11 * 11 * 3);
    expect(t.shape('Y_one_hot')).toEqual([null, 1000]);
  });

  it("Kim's CNN: 10 words of 16 values; widths 3, 4, 5 give 8, 7, 6 positions, one after max over time; 2,394 parameters", () => {
    const t = opened('kim-cnn');
    const words = vocabulary().length;
    expect([t.shape('X'), t.shape('embedding/lookup'), t.shape('embedding/expand')]).toEqual([[null, 10], [null, 10, 16], [null, 10, 16, 1]]);
    expect(['conv3/Relu', 'conv4/Relu', 'conv5/Relu'].map(t.shape)).toEqual([[null, 8, 1, 8], [null, 7, 1, 8], [null, 6, 1, 8]]);
    expect(['conv3/max_over_time', 'conv5/max_over_time', 'concat', 'dropout', 'output'].map(t.shape)).toEqual([[null, 1, 1, 8], [null, 1, 1, 8], [null, 1, 1, 24], [null, 24], [null, 2]]);
    expect(['embedding', 'conv3', 'conv4', 'conv5', 'output'].map(t.parameters)).toEqual([words * 16, 3 * 16 * 8 + 8, 4 * 16 * 8 + 8, 5 * 16 * 8 + 8, 24 * 2 + 2]);
    expect(words).toBe(49);
    expect(t.total).toBe(2394);
  });

  it("Kim's CNN feeds the sentences of sentences.ts as word indices (0 pads), one-hot labels, and every held-out word is in the vocabulary", () => {
    const doc = loadDocumentText(templateText('kim-cnn')).document!;
    const id = (n: string) => doc.nodes.find((x) => x.name === n)!.id;
    const words = vocabulary();
    expect(words[0]).toBe('<pad>');
    expect(encode('a warm and funny film')).toEqual([1, 2, 3, 4, 5, 0, 0, 0, 0, 0]);
    expect(() => encode('a thrilling film')).toThrow('"thrilling" is not in the vocabulary');
    for (const [feeds, set] of [[doc.session!.feeds, TRAIN_SENTENCES], [doc.session!.evalFeeds!, TEST_SENTENCES]] as const) {
      expect(feeds[id('X')]).toEqual({ kind: 'inline', value: set.map(([text]) => encode(text)) });
      expect(feeds[id('Y')]).toEqual({ kind: 'inline', value: set.map(([, label]) => (label ? [0, 1] : [1, 0])) });
    }
    expect(TRAIN_SENTENCES.every(([text]) => text.split(' ').length <= SENTENCE_LENGTH)).toBe(true);
    // The lesson lists the vocabulary and the sentences it trains on.
    expect(doc.meta.lesson).toContain('15 every');
    expect(doc.meta.lesson).toContain('- i hated every minute of it');
  });

  it("AlphaGo's policy input: a 19x19x48 board padded to 23x23, 5x5 VALID back to 19x19x192, 3x3 layer, 361 outputs; 563,113 parameters", () => {
    const t = opened('alphago-policy');
    expect(['board', 'conv1/pad', 'conv1/Relu', 'conv2/pad', 'conv2/Relu', 'output/Conv2D', 'policy'].map(t.shape)).toEqual([
      [null, 19, 19, 48],
      [null, 23, 23, 48],
      [null, 19, 19, 192],
      [null, 21, 21, 192],
      [null, 19, 19, 192],
      [null, 19, 19, 1],
      [null, 361],
    ]);
    expect(['conv1', 'conv2', 'output'].map(t.parameters)).toEqual([5 * 5 * 48 * 192 + 192, 3 * 3 * 192 * 192 + 192, 192 + 361]);
    expect(t.total).toBe(563_113);
  });

  it("AlphaGo's empty board: empty, ones and sensibleness planes 1 at every point, the rest 0", () => {
    const values = (emptyBoard() as number[][][][]).flat(3);
    expect(values).toHaveLength(19 * 19 * 48);
    const planes = (p: number) => values.filter((v, i) => i % 48 === p && v === 1).length;
    expect([2, 3, 46].map(planes)).toEqual([361, 361, 361]);
    expect(values.reduce((a, v) => a + v, 0)).toBe(3 * 361);
  });

  it('exports the MNIST templates to Python; AlexNet, on generated data TensorFlow cannot load, is refused naming its placeholder', () => {
    const doc = (name: string) => loadDocumentText(templateText(name)).document!;
    expect(exportPython(doc('lenet-5'))).toContain('read_data_sets');
    expect(() => exportPython(doc('alexnet'))).toThrow(/^Placeholder "X" is bound to Flowboard's generated shapes dataset/);
  });
});
