# Mini-batches: linear regression on 8 points, 4 at a time, shuffled every epoch,
# with the Momentum optimizer. The outer loop counts epochs, the inner one walks the data.
import tensorflow as tf
import numpy as np
tf.set_random_seed(3)

x_data = np.array([1, 2, 3, 4, 5, 6, 7, 8], dtype=np.float32)
y_data = np.array([3, 5, 7, 9, 11, 13, 15, 17], dtype=np.float32)  # y = 2x + 1

batch_size = 4
training_epochs = 300

X = tf.placeholder(tf.float32, shape=[None])
Y = tf.placeholder(tf.float32, shape=[None])
W = tf.Variable(tf.random_normal([1]), name='W')
b = tf.Variable(tf.random_normal([1]), name='b')

hypothesis = X * W + b
cost = tf.reduce_mean(tf.square(hypothesis - Y))
train = tf.train.MomentumOptimizer(learning_rate=0.005, momentum=0.9).minimize(cost)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for epoch in range(training_epochs):
        order = np.random.permutation(len(x_data))
        for start in range(0, len(x_data), batch_size):
            batch = order[start:start + batch_size]
            c, _ = sess.run([cost, train], feed_dict={X: x_data[batch], Y: y_data[batch]})
        print('Epoch:', '%04d' % (epoch + 1), 'cost =', c)
    print('W =', sess.run(W), 'b =', sess.run(b))
