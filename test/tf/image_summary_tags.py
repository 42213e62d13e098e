"""The tags TF1 gives a program's tf.summary.image calls, for
imageSummary.tf.test.ts: reads the program's source as JSON on stdin, runs it
under tf.compat.v1 and prints each ImageSummary op's tag, in the order made."""
import json
import sys

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

source = json.load(sys.stdin)
with tf.Graph().as_default() as graph:
    exec(compile(source, 'program.py', 'exec'), {'tf': tf})
    summaries = [op for op in graph.get_operations() if op.type == 'ImageSummary']
    with tf.Session() as sess:
        print(json.dumps([sess.run(op.inputs[0]).decode() for op in summaries]))
