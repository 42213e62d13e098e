# Constructs the importer must refuse, each with its line and reason, while the rest imports.
import tensorflow as tf
import numpy as np
import matplotlib.pyplot as plt

xy = np.loadtxt('data-01-test-score.csv', delimiter=',', dtype=np.float32)
x_data = xy[:, 0:-1]

X = tf.placeholder(tf.float32, shape=[None, 2])
Y = tf.placeholder(tf.float32, shape=[None, 1])
W = tf.Variable(tf.random_normal([2, 1]), name='weight')
b = tf.Variable(tf.random_normal([1]), name='bias')
start = tf.Variable([1.0, 2.0], name='start')

def layer(x, w):
    return tf.matmul(x, w)

class Model(tf.keras.Model):
    pass

norm = tf.layers.batch_normalization(X)
cube = X ** 3
same = X == Y
at_most = X <= Y
first_column = X[:, 0]
squares = [v * v for v in range(3)]
f = lambda v: v + 1
hypothesis = tf.matmul(X, W) + b
h2 = tf.nn.selu(hypothesis)
cost = tf.reduce_mean(tf.square(hypothesis - Y))
optimizer = tf.train.GradientDescentOptimizer(learning_rate=0.01)
grads = optimizer.compute_gradients(cost)
train = optimizer.minimize(cost)
sparse = tf.matmul(X, W, a_is_sparse=True)
also_bad = undefined_name + 1
this line is not python
while True:
    break
x = cube + 1

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(101):
        sess.run(train, feed_dict={X: [[1, 2], [3, 4]], Y: [[3], [7]]})
    plt.plot([1, 2, 3])
