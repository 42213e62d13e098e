/**
 * The famous-CNN templates against the same nets built in Keras (TensorFlow
 * 2.21, famous_cnns.py): every layer's parameter count and output shape, and
 * each net's total, as Keras's count_params() and output shapes give them.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../core/graph/analyze.ts';
import { graphCost } from '../../core/graph/cost.ts';
import { loadDocumentText } from '../../core/graph/load.ts';
import { vocabulary } from '../../tools/famousCnns/sentences.ts';
import { runPython } from '../../tools/tf/python.ts';

type KerasNets = Record<string, { total: number; layers: Record<string, { parameters: number; shape: (number | null)[] }> }>;

/** [Keras layer, Flowboard scope or Variable holding its weights (null: none), Flowboard node with its output]. */
const LAYERS: Record<string, [string, string | null, string][]> = {
  'lenet-5': [['C1', 'C1', 'C1/Tanh'], ['S2', null, 'S2'], ['C3', 'C3', 'C3/Tanh'], ['S4', null, 'S4'], ['F5', 'F5', 'F5/Tanh'], ['F6', 'F6', 'F6/Tanh'], ['logits', 'logits', 'logits']],
  'resnet-mnist': [
    ['stem', 'stem', 'stem/Relu'],
    ['block1_conv1', 'block1/W1', 'block1/relu1'], ['block1_conv2', 'block1/W2', 'block1/conv2'], ['block1', null, 'block1/Relu'], ['pool1', null, 'pool1'],
    ['block2_conv1', 'block2/W1', 'block2/relu1'], ['block2_conv2', 'block2/W2', 'block2/conv2'], ['block2', null, 'block2/Relu'], ['pool2', null, 'pool2'],
    ['logits', 'logits', 'logits'],
  ],
  'inception-mnist': [
    ['stem', 'stem/W', 'stem/Relu'], ['stem_pool', null, 'stem/MaxPool'],
    ...['1x1', '3x3_reduce', '3x3', '5x5_reduce', '5x5', 'pool_proj'].map((b): [string, string, string] => [b, b, `${b}/Relu`]),
    ['concat', null, 'concat'], ['logits', 'logits', 'logits'],
  ],
  alexnet: [...['conv1', 'conv2', 'conv3', 'conv4', 'conv5'].map((c): [string, string, string] => [c, c, `${c}/Relu`]), ['flat', null, 'flat'], ['fc6', 'fc6', 'fc6/Relu'], ['fc7', 'fc7', 'fc7/Relu'], ['fc8', 'fc8', 'fc8']],
  'kim-cnn': [['embedding', 'embedding', 'embedding/lookup'], ...['conv3', 'conv4', 'conv5'].map((c): [string, string, string] => [c, c, `${c}/Relu`]), ['concat', null, 'concat'], ['dropout', null, 'dropout'], ['output', 'output', 'output']],
  'alphago-policy': [['conv1_pad', null, 'conv1/pad'], ['conv1', 'conv1', 'conv1/Relu'], ['conv2_pad', null, 'conv2/pad'], ['conv2', 'conv2', 'conv2/Relu'], ['output_conv', 'output/W', 'output/Conv2D'], ['output_bias', 'output/b', 'output/BiasAdd'], ['policy', null, 'policy']],
};

let keras: KerasNets;
beforeAll(async () => {
  keras = await runPython<KerasNets>(new URL('./famous_cnns.py', import.meta.url).pathname, { vocabulary: vocabulary().length });
}, 600_000);

describe('famous-CNN templates against Keras', () => {
  it.each(Object.keys(LAYERS))('%s: each layer’s parameters and output shape, and the total, as Keras counts them', (name) => {
    const doc = loadDocumentText(readFileSync(new URL(`../../samples/${name}.flow.json`, import.meta.url), 'utf8')).document!;
    const analysis = analyze(doc);
    const cost = graphCost(analysis);
    const id = (n: string) => doc.nodes.find((x) => x.name === n)!.id;
    const ours = LAYERS[name].map(([layer, weights, output]) => ({
      layer,
      parameters: weights === null ? 0 : (cost.scopes.get(weights)?.parameters ?? cost.nodes.get(id(weights))!.parameters),
      shape: analysis.types.get(id(output))![0].shape,
    }));
    const theirs = LAYERS[name].map(([layer]) => ({ layer, ...keras[name].layers[layer] }));
    expect(ours).toEqual(theirs);
    expect(cost.parameters).toBe(keras[name].total);
  });
});
