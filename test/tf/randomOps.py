"""TF1 random ops, initializers and dropout for random.tf.test.ts: reads the
cases as JSON on stdin, builds each in its own graph, and prints the values
with the seed attrs TF gave each kernel."""
import json
import sys

import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

INITIALIZERS = {
    'glorotUniform': lambda s: tf.glorot_uniform_initializer(seed=s),
    'glorotNormal': lambda s: tf.glorot_normal_initializer(seed=s),
    'heNormal': lambda s: tf.variance_scaling_initializer(scale=2.0, mode='fan_in', distribution='truncated_normal', seed=s),
    'heUniform': lambda s: tf.variance_scaling_initializer(scale=2.0, mode='fan_in', distribution='uniform', seed=s),
}


def build(case):
    kind, shape, seed = case['kind'], case['shape'], case.get('opSeed')
    if kind == 'randomNormal':
        return tf.random_normal(shape, case['mean'], case['stddev'], seed=seed)
    if kind == 'truncatedNormal':
        return tf.truncated_normal(shape, case['mean'], case['stddev'], seed=seed)
    if kind == 'randomUniform':
        return tf.random_uniform(shape, case['min'], case['max'], seed=seed)
    if kind == 'uniformInt':
        return tf.random_uniform(shape, case['min'], case['max'], dtype=tf.int32, seed=seed)
    if kind == 'dropout':
        keep = tf.placeholder(tf.float32, [])
        return tf.nn.dropout(tf.ones(shape), keep_prob=keep, seed=seed), keep
    v = tf.get_variable('v', shape=shape, initializer=INITIALIZERS[kind](seed))
    return v.initialized_value()


out = []
for case in json.load(sys.stdin):
    g = tf.Graph()
    with g.as_default():
        if case.get('graphSeed') is not None:
            tf.set_random_seed(case['graphSeed'])
        built = build(case)
        t, feed = (built[0], {built[1]: case['keep']}) if isinstance(built, tuple) else (built, {})
        seeds = [[op.get_attr('seed'), op.get_attr('seed2')] for op in g.get_operations() if op.type in ('RandomStandardNormal', 'TruncatedNormal', 'RandomUniform', 'RandomUniformInt')]
        with tf.Session(graph=g) as s:
            runs = [s.run(t, feed).ravel().tolist() for _ in range(case.get('runs', 1))]
    out.append({'seeds': seeds, 'runs': runs})

perms = []
for seed, n in [(0, 10), (777, 55000), (2**32 - 1, 1000), (12345, 4)]:
    r = np.random.RandomState(seed)
    perms.append([r.permutation(n).tolist(), r.permutation(n).tolist()])
print(json.dumps({'cases': out, 'permutations': perms}))
