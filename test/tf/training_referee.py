"""TensorFlow's side of training.tf.test.ts, in one process.

stdin: {"optimizers": [{"kind": "Adam", "args": {"learning_rate": 0.01}, "steps": 20,
"x": [[...]], "y": [[...]], "w0": 0.5}], "initializers": [{"name": "glorot_uniform",
"shape": [784, 256]}]}.
- Each optimizer trains h = X @ W + b, W [3, 2] filled with w0 and b [2] zeros,
  on cost = mean((h - Y)^2) with tf.train.<kind>Optimizer(**args).minimize(cost):
  the cost each step saw (before its update) and W and b after the last.
- Each initializer draws its shape once: mean, stddev, min and max of the values.
stdout: one JSON line {"optimizers": [...], "initializers": [...]}.
"""
import json
import sys

import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

INITIALIZERS = {
    'random_normal': lambda: tf.random_normal_initializer(mean=0.5, stddev=2.0),
    'truncated_normal': lambda: tf.truncated_normal_initializer(mean=0.0, stddev=0.5),
    'random_uniform': lambda: tf.random_uniform_initializer(minval=-0.3, maxval=0.7),
    'glorot_uniform': tf.glorot_uniform_initializer,
    'glorot_normal': tf.glorot_normal_initializer,
    'he_normal': tf.keras.initializers.he_normal,
    'he_uniform': tf.keras.initializers.he_uniform,
    'zeros': tf.zeros_initializer,
    'ones': tf.ones_initializer,
    'constant': lambda: tf.constant_initializer(0.25),
}


def session(graph):
    return tf.Session(graph=graph, config=tf.ConfigProto(intra_op_parallelism_threads=1, inter_op_parallelism_threads=1))


def train(run):
    graph = tf.Graph()
    with graph.as_default(), session(graph) as sess:
        X = tf.placeholder(tf.float32, [None, 3])
        Y = tf.placeholder(tf.float32, [None, 2])
        W = tf.Variable(tf.fill([3, 2], float(run['w0'])), name='W')
        b = tf.Variable(tf.zeros([2]), name='b')
        cost = tf.reduce_mean(tf.square(tf.matmul(X, W) + b - Y))
        step = getattr(tf.train, run['kind'] + 'Optimizer')(**run['args']).minimize(cost)
        sess.run(tf.global_variables_initializer())
        feed = {X: np.array(run['x'], np.float32), Y: np.array(run['y'], np.float32)}
        costs = [float(sess.run([cost, step], feed_dict=feed)[0]) for _ in range(run['steps'])]
        w, bias = sess.run([W, b])
        return {'costs': costs, 'W': w.reshape(-1).tolist(), 'b': bias.tolist()}


def draw(spec):
    graph = tf.Graph()
    with graph.as_default(), session(graph) as sess:
        tf.set_random_seed(1)
        v = tf.get_variable('v', shape=spec['shape'], initializer=INITIALIZERS[spec['name']]())
        sess.run(tf.global_variables_initializer())
        x = sess.run(v).astype(np.float64)
        return {'mean': x.mean(), 'std': x.std(), 'min': x.min(), 'max': x.max()}


def main():
    request = json.load(sys.stdin)
    print(json.dumps({'optimizers': [train(r) for r in request['optimizers']], 'initializers': [draw(s) for s in request['initializers']]}))


if __name__ == '__main__':
    main()
