/**
 * samples/tensor-manipulation shows what its lesson says: each node's value
 * and dtype as the lesson quotes them (test/tf/tensorManipulation.tf.test.ts
 * checks every node against TensorFlow itself).
 */
import * as tf from '@tensorflow/tfjs-core';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../core/graph/analyze.ts';
import { hasErrors } from '../core/graph/diagnostics.ts';
import { loadDocumentText } from '../core/graph/load.ts';
import { getOp } from '../core/ops/registry.ts';
import { useBackend } from '../core/runtime/backend.ts';
import { Session } from '../core/runtime/session.ts';

const doc = loadDocumentText(readFileSync(new URL('../samples/tensor-manipulation.flow.json', import.meta.url), 'utf8')).document!;

/** Node -> [dtype, shape, values] as the lesson gives them. */
const LESSON: Record<string, [string, number[], number[]]> = {
  shape_of_t: ['int32', [3], [2, 2, 3]],
  rank_of_t: ['int32', [], [3]],
  'reshape/rows_of_3': ['int32', [4, 3], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
  'reshape/rows_of_1x3': ['int32', [4, 1, 3], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
  'axis/mean_0': ['float32', [2], [2, 3]],
  'axis/mean_1': ['float32', [2], [1.5, 3.5]],
  'axis/sum_last_kept': ['float32', [2, 1], [3, 7]],
  'axis/mean_of_sums': ['float32', [], [5]],
  'ints/mean': ['int32', [], [1]],
  'floats/mean': ['float32', [], [1.5]],
  'cast/float_to_int': ['int32', [5], [1, 2, 3, 4, -1]],
  'cast/bool_to_int': ['int32', [4], [1, 0, 1, 0]],
  'ints/sevens_floordiv_2': ['int32', [2], [3, -4]],
  'broadcast/row_plus_column': ['float32', [2, 2], [4, 5, 5, 6]],
  'broadcast/row_plus_3': ['float32', [1, 2], [4, 5]],
  'broadcast/matmul': ['float32', [2, 1], [5, 11]],
  'broadcast/multiply': ['float32', [2, 2], [1, 2, 6, 8]],
  'argmax/axis_0': ['int32', [3], [1, 0, 0]],
  'argmax/axis_1': ['int32', [2], [2, 0]],
  'like/ones': ['int32', [2, 3], [1, 1, 1, 1, 1, 1]],
  'squeeze/column': ['int32', [3], [0, 1, 2]],
  'squeeze/expand_dims_1': ['int32', [3, 1], [0, 1, 2]],
  'one_hot/labels': ['float32', [4, 1, 3], [1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0]],
  'one_hot/reshaped': ['float32', [4, 3], [1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0]],
  'stack/axis_0': ['int32', [3, 2], [1, 4, 2, 5, 3, 6]],
  'stack/axis_1': ['int32', [2, 3], [1, 2, 3, 4, 5, 6]],
  'transpose/perm_1_2_0': ['int32', [2, 3, 2], [0, 6, 1, 7, 2, 8, 3, 9, 4, 10, 5, 11]],
};

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('samples/tensor-manipulation', () => {
  it('analyses cleanly and its inferred shapes are the ones Run gives', () => {
    const analysis = analyze(doc);
    expect(hasErrors(analysis.diagnostics)).toBe(false);
    for (const [name, [dtype, shape]] of Object.entries(LESSON)) {
      const node = doc.nodes.find((n) => n.name === name)!;
      expect(analysis.types.get(node.id)![0], name).toEqual({ dtype, shape });
    }
  });

  it('gives the values its lesson quotes', () => {
    const analysis = analyze(doc);
    const session = new Session(analysis, { backend: tf.getBackend() });
    try {
      const names = Object.keys(LESSON);
      const outs = session.run(names.map((name) => `${name}:${getOp(doc.nodes.find((n) => n.name === name)!.op).outputs[0].name}`));
      const got = Object.fromEntries(names.map((name, i) => [name, [outs[i].dtype, outs[i].shape, Array.from(outs[i].dataSync(), Number)]]));
      tf.dispose(outs);
      expect(got).toEqual(LESSON);
    } finally {
      session.dispose();
    }
  });
});
