"""TF1's tf.summary.image for imageSummary.tf.test.ts: reads cases (float
images of shape [n, h, w, c]) as JSON on stdin, runs the summary, decodes
each PNG it wrote, and prints the pixels."""
import json
import sys

import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

cases = json.load(sys.stdin)
results = []
for case in cases:
    with tf.Graph().as_default(), tf.Session() as sess:
        images = np.array(case['values'], dtype=np.float32).reshape(case['shape'])
        summary = tf.Summary.FromString(sess.run(tf.summary.image('input', tf.constant(images), max_outputs=case['maxOutputs'])))
        pixels = [sess.run(tf.io.decode_png(v.image.encoded_image_string)).reshape(-1).tolist() for v in summary.value]
        results.append({'tags': [v.tag for v in summary.value], 'pixels': pixels})
print(json.dumps(results))
