"""Training speed of the course's MNIST models in TensorFlow (CPU), for
`npm run bench mnistSpeed` (bench/lib/tfSpeed.ts).

stdin: {"lessons": ["mnist-xavier", "mnist-cnn"], "threads": 1, "examples": 2000,
"batch": 100, "rounds": 8, "steps": 20, "mnist_dir": ...}. The models are
course_lessons.py's (the samples' layers and initializers, Adam 0.001). One
thread count per process: TensorFlow's thread pools are made once, by the
first session.
stdout: one JSON line {"mnist-xavier": [ms per step of each round], ...}.
"""
import json
import os
import sys
import time

import numpy as np
import tensorflow.compat.v1 as tf

sys.path.insert(0, os.path.dirname(__file__))
from course_lessons import LESSONS, read_idx  # noqa: E402

tf.disable_v2_behavior()


def time_lesson(name, run, images, labels):
    graph = tf.Graph()
    config = tf.ConfigProto(intra_op_parallelism_threads=run['threads'], inter_op_parallelism_threads=run['threads'])
    with graph.as_default(), tf.Session(graph=graph, config=config) as sess:
        tf.set_random_seed(1)
        model, keep = LESSONS[name]
        X = tf.placeholder(tf.float32, [None, 784])
        Y = tf.placeholder(tf.float32, [None, 10])
        keep_prob = tf.placeholder(tf.float32)
        cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits_v2(logits=model(X, keep_prob), labels=Y))
        train = tf.train.AdamOptimizer(learning_rate=0.001).minimize(cost)
        sess.run(tf.global_variables_initializer())
        batch, per_epoch = run['batch'], len(images) // run['batch']

        def steps(first, n):
            for k in range(first, first + n):
                at = (k % per_epoch) * batch
                sess.run(train, feed_dict={X: images[at:at + batch], Y: labels[at:at + batch], keep_prob: keep})

        steps(0, 5)  # warm-up: kernels chosen, memory allocated
        times = []
        for r in range(run['rounds']):
            start = time.perf_counter()
            steps(5 + r * run['steps'], run['steps'])
            times.append((time.perf_counter() - start) * 1000 / run['steps'])
        return times


def main():
    run = json.load(sys.stdin)
    n = run['examples']
    images = read_idx(os.path.join(run['mnist_dir'], 'train-images-idx3-ubyte'))[:n].reshape(n, 784).astype(np.float32) / 255.0
    labels = np.eye(10, dtype=np.float32)[read_idx(os.path.join(run['mnist_dir'], 'train-labels-idx1-ubyte'))[:n]]
    print(json.dumps({name: time_lesson(name, run, images, labels) for name in run['lessons']}))


if __name__ == '__main__':
    main()
