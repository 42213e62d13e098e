"""TensorFlow's side of ops.tf.test.ts: every op case in one process.

stdin: {"cases": [{"tf": "tf.add(x0, x1)", "inputs": [{"static": [None, 3], "dtype":
"float32", "values": [...], "shape": [4, 3]}], "wrt": [0, 1], "dy": [...] or null,
"fb": [[...], ...]}]}. Each case builds its own TF1 graph: placeholders x0, x1 ...
with the static shapes, the expression (Flowboard's outputs as numpy arrays fb0,
fb1 ... for cases that need them), its outputs' values and static shapes, and
tf.gradients of the first output with grad_ys=dy for each input in wrt (None
where TensorFlow has no gradient).
stdout: one JSON line {"results": [...]}, a result per case or its error.
"""
import json
import sys

import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

DTYPES = {'float32': tf.float32, 'int32': tf.int32, 'bool': tf.bool}
NP = {'float32': np.float32, 'int32': np.int32, 'bool': np.bool_}


def static_shape(t):
    return None if t.shape.rank is None else t.shape.as_list()


def tensor_json(value):
    a = np.asarray(value)
    return {'shape': list(a.shape), 'dtype': str(a.dtype), 'values': a.astype(np.float64).reshape(-1).tolist()}


def run_case(case):
    graph = tf.Graph()
    with graph.as_default(), tf.Session(graph=graph, config=tf.ConfigProto(intra_op_parallelism_threads=1, inter_op_parallelism_threads=1)) as sess:
        scope = {'tf': tf, 'np': np}
        feeds = {}
        xs = []
        for i, spec in enumerate(case['inputs']):
            x = tf.placeholder(DTYPES[spec['dtype']], shape=spec['static'], name='x%d' % i)
            scope['x%d' % i] = x
            feeds[x] = np.array(spec['values'], dtype=NP[spec['dtype']]).reshape(spec['shape'])
            xs.append(x)
        for i, out in enumerate(case.get('fb') or []):
            scope['fb%d' % i] = np.array(out['values'], dtype=np.float32).reshape(out['shape'])
        y = eval(case['tf'], scope)
        outputs = list(y) if isinstance(y, (tuple, list)) else [y]
        fetches = list(outputs)
        grads = []
        if case.get('dy') is not None:
            dy = tf.placeholder(tf.float32, shape=None, name='dy')
            feeds[dy] = np.array(case['dy']['values'], dtype=np.float32).reshape(case['dy']['shape'])
            grads = tf.gradients(outputs[0], [xs[i] for i in case['wrt']], grad_ys=dy)
            # tf.gather's gradient is IndexedSlices; Flowboard's is the same sum, dense.
            grads = [tf.convert_to_tensor(g) if isinstance(g, tf.IndexedSlices) else g for g in grads]
            fetches += [g for g in grads if g is not None]
        values = sess.run(fetches, feed_dict=feeds)
        got = iter(values[len(outputs):])
        return {
            'outputs': [tensor_json(v) for v in values[:len(outputs)]],
            'staticShapes': [static_shape(o) for o in outputs],
            'grads': [None if g is None else tensor_json(next(got)) for g in grads],
        }


def main():
    request = json.load(sys.stdin)
    results = []
    for case in request['cases']:
        try:
            results.append(run_case(case))
        except Exception as e:  # one case's failure is reported with it, not for the whole suite
            results.append({'error': '%s: %s' % (type(e).__name__, e)})
    print(json.dumps({'results': results, 'tensorflow': tf.__version__}))


if __name__ == '__main__':
    main()
