/**
 * samples/tensor-manipulation against real TensorFlow: every computed node of
 * the sample, evaluated by Flowboard on wasm and cpu, and the course's own TF1
 * line for it (tf.compat.v1 graph mode, constants written as the course writes
 * them: Python ints make int32, floats float32) must give the same shape,
 * dtype and values (exact for int32 and bool). A node without a line here
 * fails the test, so the sample cannot grow unchecked.
 */
import * as tf from '@tensorflow/tfjs-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../core/graph/analyze.ts';
import { loadDocumentText } from '../../core/graph/load.ts';
import { getOp } from '../../core/ops/registry.ts';
import { useBackend } from '../../core/runtime/backend.ts';
import { Session } from '../../core/runtime/session.ts';
import { runPython } from '../../tools/tf/python.ts';
import { DEFAULT_TOLERANCE, tensorMismatch } from './compareTensors.ts';
import type { FlatTensor } from './flowboardCase.ts';

const doc = loadDocumentText(readFileSync(new URL('../../samples/tensor-manipulation.flow.json', import.meta.url), 'utf8')).document!;

/** The sample's constants, as the course's Python writes them. */
const PRELUDE = `
t = tf.constant([[[0, 1, 2], [3, 4, 5]], [[6, 7, 8], [9, 10, 11]]])
x = tf.constant([[1., 2.], [3., 4.]])
ints = tf.constant([1, 2])
floats = tf.constant([1., 2.])
to_cast = tf.constant([1.8, 2.2, 3.3, 4.9, -1.8])
p = tf.constant([1, 2, 3, 4])
q = tf.constant([1, 0, 3, 0])
row = tf.constant([[1., 2.]])
column = tf.constant([[3.], [4.]])
m = tf.constant([[1., 2.], [3., 4.]])
v = tf.constant([[1.], [2.]])
a = tf.constant([[0, 1, 2], [2, 1, 0]])
labels = tf.constant([[0], [1], [2], [0]])
sevens = tf.constant([7, -7])
two = tf.constant(2)
`;

/** Each computed node's TF1 line. */
const TF_LINES: Record<string, string> = {
  shape_of_t: 'tf.shape(t)',
  rank_of_t: 'tf.rank(t)',
  'reshape/rows_of_3': 'tf.reshape(t, shape=[-1, 3])',
  'reshape/rows_of_1x3': 'tf.reshape(t, shape=[-1, 1, 3])',
  'transpose/swap_0_1': 'tf.transpose(t, [1, 0, 2])',
  'transpose/perm_1_2_0': 'tf.transpose(t, [1, 2, 0])',
  'axis/mean_all': 'tf.reduce_mean(x)',
  'axis/mean_0': 'tf.reduce_mean(x, axis=0)',
  'axis/mean_1': 'tf.reduce_mean(x, axis=1)',
  'axis/mean_last': 'tf.reduce_mean(x, axis=-1)',
  'axis/sum_all': 'tf.reduce_sum(x)',
  'axis/sum_0': 'tf.reduce_sum(x, axis=0)',
  'axis/sum_last': 'tf.reduce_sum(x, axis=-1)',
  'axis/sum_last_kept': 'tf.reduce_sum(x, axis=-1, keep_dims=True)',
  'axis/mean_of_sums': 'tf.reduce_mean(tf.reduce_sum(x, axis=-1))',
  'ints/mean': 'tf.reduce_mean(ints)',
  'floats/mean': 'tf.reduce_mean(floats)',
  'cast/float_to_int': 'tf.cast(to_cast, tf.int32)',
  'cast/p_equals_q': 'tf.equal(p, q)',
  'cast/bool_to_int': 'tf.cast(tf.equal(p, q), tf.int32)',
  'ints/p_times_q': 'p * q',
  'ints/p_plus_q': 'p + q',
  'ints/sevens_floordiv_2': 'sevens // two',
  'broadcast/row_plus_column': 'row + column',
  'broadcast/row_plus_3': 'row + 3.',
  'broadcast/matmul': 'tf.matmul(m, v)',
  'broadcast/multiply': 'm * v',
  // TF's default output_type is int64; Flowboard has int32 only (its lesson says so).
  'argmax/axis_0': 'tf.argmax(a, axis=0, output_type=tf.int32)',
  'argmax/axis_1': 'tf.argmax(a, axis=1, output_type=tf.int32)',
  'argmax/axis_last': 'tf.argmax(a, axis=-1, output_type=tf.int32)',
  'like/ones': 'tf.ones_like(a)',
  'like/zeros': 'tf.zeros_like(a)',
  'squeeze/column': 'tf.squeeze([[0], [1], [2]])',
  'squeeze/expand_dims_1': 'tf.expand_dims([0, 1, 2], 1)',
  'one_hot/labels': 'tf.one_hot(labels, depth=3)',
  'one_hot/reshaped': 'tf.reshape(tf.one_hot(labels, depth=3), [-1, 3])',
  'stack/axis_0': 'tf.stack([[1, 4], [2, 5], [3, 6]])',
  'stack/axis_1': 'tf.stack([[1, 4], [2, 5], [3, 6]], axis=1)',
};

const REFEREE = `
import json, sys
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
${PRELUDE}
lines = json.load(sys.stdin)
names = list(lines)
with tf.Session() as sess:
    values = sess.run([eval(lines[n]) for n in names])
out = {}
for n, v in zip(names, values):
    a = np.asarray(v)
    out[n] = {'shape': list(a.shape), 'dtype': str(a.dtype), 'values': a.astype(np.float64).reshape(-1).tolist()}
print(json.dumps(out))
`;

const computed = doc.nodes.filter((n) => n.op !== 'Constant');
let theirs: Record<string, FlatTensor>;
const ours = new Map<string, Record<string, FlatTensor>>();

beforeAll(async () => {
  theirs = await runPython<Record<string, FlatTensor>>(REFEREE, TF_LINES, { timeoutMs: 120_000 });
  const analysis = analyze(doc);
  for (const backend of ['wasm', 'cpu'] as const) {
    await useBackend(backend);
    const session = new Session(analysis, { backend });
    const named = computed.filter((n) => TF_LINES[n.name] !== undefined);
    const outs = session.run(named.map((n) => `${n.name}:${getOp(n.op).outputs[0].name}`));
    ours.set(backend, Object.fromEntries(named.map((n, i) => [n.name, { shape: outs[i].shape, dtype: outs[i].dtype, values: Array.from(outs[i].dataSync(), Number) }])));
    tf.dispose(outs);
    session.dispose();
  }
}, 180_000);

afterAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('samples/tensor-manipulation against TensorFlow', () => {
  it('has a TF1 line for every computed node', () => {
    expect(computed.map((n) => n.name).filter((name) => TF_LINES[name] === undefined)).toEqual([]);
  });

  for (const backend of ['wasm', 'cpu'] as const) {
    it.each(Object.keys(TF_LINES))(`%s on ${backend}: same shape, dtype and values`, (name) => {
      const mine = ours.get(backend)![name];
      expect(mine, `${name} is not a node of the sample`).toBeDefined();
      expect(tensorMismatch(name, mine, theirs[name], DEFAULT_TOLERANCE)).toBeUndefined();
    });
  }

  it('int32 stays int32 where the course says it does', () => {
    expect(['ints/mean', 'cast/float_to_int', 'cast/bool_to_int', 'ints/p_times_q', 'ints/sevens_floordiv_2', 'shape_of_t', 'rank_of_t'].map((n) => [n, theirs[n].dtype, theirs[n].values])).toEqual([
      ['ints/mean', 'int32', [1]],
      ['cast/float_to_int', 'int32', [1, 2, 3, 4, -1]],
      ['cast/bool_to_int', 'int32', [1, 0, 1, 0]],
      ['ints/p_times_q', 'int32', [1, 0, 9, 0]],
      ['ints/sevens_floordiv_2', 'int32', [3, -4]],
      ['shape_of_t', 'int32', [2, 2, 3]],
      ['rank_of_t', 'int32', [3]],
    ]);
  });
});
