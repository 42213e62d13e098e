# Lab 10: vanishing gradients. XOR through nine sigmoid layers: the gradient shrinks at every layer and the net stalls near chance.
# The hidden layers are built in a loop, so every layer is a copy of the one before.
import tensorflow as tf
import numpy as np
tf.set_random_seed(777)

x_data = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
y_data = np.array([[0], [1], [1], [0]], dtype=np.float32)

X = tf.placeholder(tf.float32, [None, 2])
Y = tf.placeholder(tf.float32, [None, 1])

layer = X
width_in = 2
for i in range(9):
    W = tf.get_variable("W%d" % (i + 1), shape=[width_in, 10], initializer=tf.contrib.layers.xavier_initializer())
    b = tf.Variable(tf.zeros([10]), name="b%d" % (i + 1))
    layer = tf.sigmoid(tf.matmul(layer, W) + b, name="layer%d" % (i + 1))
    width_in = 10

W_out = tf.get_variable("W_out", shape=[10, 1], initializer=tf.contrib.layers.xavier_initializer())
b_out = tf.Variable(tf.zeros([1]), name="b_out")
logits = tf.matmul(layer, W_out) + b_out
hypothesis = tf.sigmoid(logits)

cost = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=Y, logits=logits))
train = tf.train.GradientDescentOptimizer(learning_rate=0.1).minimize(cost)

predicted = tf.cast(hypothesis > 0.5, dtype=tf.float32)
accuracy = tf.reduce_mean(tf.cast(tf.equal(predicted, Y), dtype=tf.float32))

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(3001):
        cost_val, _ = sess.run([cost, train], feed_dict={X: x_data, Y: y_data})
        if step % 100 == 0:
            print(step, cost_val)
    print("Accuracy: ", sess.run(accuracy, feed_dict={X: x_data, Y: y_data}))
