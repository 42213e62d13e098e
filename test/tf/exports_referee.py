"""Runs programs Flowboard exported (--to python, --to keras) in TensorFlow,
for exports.tf.test.ts: all of a suite's programs in one process.

stdin: {"programs": [{"path": ".../x.py", "env": {"MNIST_DIR": ...},
"probe": [[...784 floats], ...] or null}]}.

The program's own code runs unchanged (it sets TF's seeds and walks
Flowboard's batch order itself, issue 14), with two hooks that only look:
- `probe` (Keras): the first model.fit records the model's output on these
  inputs before training;
- print() is recorded (arguments as JSON), and each tf.Session's variables
  are read just before it closes.
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
    original = {'exit': tf.Session.__exit__, 'fit': tf2.keras.Model.fit}

    def session_exit(self, *args):
        try:
            out['variables'] = {v.op.name: self.run(v).reshape(-1).tolist() for v in tf.global_variables()}
        finally:
            return original['exit'](self, *args)

    def fit(self, *args, **kwargs):
        if spec.get('probe') and 'probe' not in out:
            out['probe'] = self(np.array(spec['probe'], np.float32), training=False).numpy().tolist()
        return original['fit'](self, *args, **kwargs)

    env = spec.get('env') or {}
    os.environ.update(env)
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
