"""Runs programs Flowboard exported (--to python, --to keras) in TensorFlow,
for exports.tf.test.ts: all of a suite's programs in one process.

stdin: {"programs": [{"path": ".../x.py", "env": {"MNIST_DIR": ...},
"variables": [{"shape": [2, 2], "values": [...]}] or null,
"permutations": [[...], ...] or null, "weights": [[...], ...] or null,
"probe": [[...784 floats], ...] or null}]}.

So that a run does not depend on the random draw (Flowboard's numbers are its
own until issue 14), the program's own code runs unchanged, with three hooks:
- `variables`: tf.global_variables_initializer() also assigns these values to
  the program's first variables, in creation order (the export writes them in
  Flowboard's order; the shapes are checked);
- `permutations`: np.random.permutation(n) returns these orders in turn (the
  mini-batch order Flowboard's run used);
- `weights` (Keras): model.fit first sets the model's weights to these, in
  layer order, and records the model's output on `probe` before training;
  with `permutations`, a one-epoch fit walks the data in that order unshuffled.
print() is recorded (arguments as JSON), and each tf.Session's variables are
read just before it closes.
stdout: one JSON line {"results": [{"prints": [...], "variables": {...},
"probe": [...], "error": ...}]}.
"""
import json
import os
import sys
import traceback

import numpy as np
import tensorflow as tf2
import tensorflow.compat.v1 as tf


def plain(v):
    """A printed value as JSON: arrays as nested lists."""
    if isinstance(v, (str, bool, int, float)) or v is None:
        return v
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    return np.asarray(v).tolist()


def run_program(spec):
    out = {'prints': [], 'variables': {}}
    original = {'init': tf.global_variables_initializer, 'perm': np.random.permutation, 'exit': tf.Session.__exit__, 'fit': tf2.keras.Model.fit}
    queue = [np.array(p, dtype=np.int64) for p in spec.get('permutations') or []]

    def initializer():
        init = original['init']()
        wanted = spec.get('variables')
        if not wanted:
            return init
        model = tf.global_variables()[:len(wanted)]
        for v, w in zip(model, wanted):
            if v.shape.as_list() != w['shape']:
                raise ValueError('variable %s has shape %s, Flowboard\'s %s' % (v.op.name, v.shape.as_list(), w['shape']))
        with tf.control_dependencies([init]):
            return tf.group(*[v.assign(np.array(w['values'], np.float32).reshape(w['shape'])) for v, w in zip(model, wanted)])

    def permutation(n):
        if queue:
            order = queue.pop(0)
            if len(order) != n:
                raise ValueError('the program shuffles %d examples, Flowboard %d' % (n, len(order)))
            return order
        return original['perm'](n)

    def session_exit(self, *args):
        try:
            out['variables'] = {v.op.name: self.run(v).reshape(-1).tolist() for v in tf.global_variables()}
        finally:
            return original['exit'](self, *args)

    def fit(self, x, y, *args, **kwargs):
        if spec.get('weights'):
            self.set_weights([np.array(w['values'], np.float32).reshape(w['shape']) for w in spec['weights']])
            out['probe'] = self(np.array(spec['probe'], np.float32), training=False).numpy().tolist()
        if queue and kwargs.get('epochs') == 1:
            # One epoch in Flowboard's batch order instead of Keras's own shuffle.
            order = permutation(len(x))
            x, y, kwargs['shuffle'] = x[order], y[order], False
        return original['fit'](self, x, y, *args, **kwargs)

    env = spec.get('env') or {}
    os.environ.update(env)
    tf.global_variables_initializer = initializer
    np.random.permutation = permutation
    tf.Session.__exit__ = session_exit
    tf2.keras.Model.fit = fit
    try:
        with open(spec['path']) as f:
            code = compile(f.read(), spec['path'], 'exec')
        tf.reset_default_graph()
        exec(code, {'__name__': '__main__', 'print': lambda *a, **k: out['prints'].append([plain(x) for x in a])})
    except Exception:
        out['error'] = traceback.format_exc(limit=4)
    finally:
        tf.global_variables_initializer = original['init']
        np.random.permutation = original['perm']
        tf.Session.__exit__ = original['exit']
        tf2.keras.Model.fit = original['fit']
        for k in env:
            del os.environ[k]
    return out


def main():
    request = json.load(sys.stdin)
    print(json.dumps({'results': [run_program(p) for p in request['programs']]}))


if __name__ == '__main__':
    main()
