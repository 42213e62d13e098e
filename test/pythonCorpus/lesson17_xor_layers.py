# XOR with tf.layers: two dense layers, dropout switched by a bool placeholder,
# and the summaries of the TensorBoard lesson (scalar, histogram, image, merge_all, FileWriter).
import tensorflow as tf
import numpy as np

tf.set_random_seed(777)  # reproducibility

x_data = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
y_data = np.array([[0], [1], [1], [0]], dtype=np.float32)

X = tf.placeholder(tf.float32, [None, 2])
Y = tf.placeholder(tf.float32, [None, 1])
training = tf.placeholder(tf.bool)

hidden = tf.layers.dense(X, 10, activation=tf.nn.sigmoid)
hidden = tf.layers.dropout(hidden, rate=0.1, training=training)
logits = tf.layers.dense(hidden, 1)
hypothesis = tf.sigmoid(logits)

cost = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=Y, logits=logits))
train = tf.train.AdamOptimizer(learning_rate=0.1).minimize(cost)

predicted = tf.cast(hypothesis > 0.5, dtype=tf.float32)
accuracy = tf.reduce_mean(tf.cast(tf.equal(predicted, Y), dtype=tf.float32))

tf.summary.scalar("cost", cost)
tf.summary.histogram("hypothesis", hypothesis)
tf.summary.image("input", tf.reshape(X, [-1, 1, 2, 1]), 4)
summary = tf.summary.merge_all()

with tf.Session() as sess:
    writer = tf.summary.FileWriter("./logs/xor_layers")
    writer.add_graph(sess.graph)
    sess.run(tf.global_variables_initializer())
    for step in range(501):
        s, _ = sess.run([summary, train], feed_dict={X: x_data, Y: y_data, training: True})
        writer.add_summary(s, global_step=step)
        if step % 100 == 0:
            print(step, sess.run(cost, feed_dict={X: x_data, Y: y_data, training: False}))

    h, c, a = sess.run([hypothesis, predicted, accuracy], feed_dict={X: x_data, Y: y_data, training: False})
    print("Accuracy: ", a)
