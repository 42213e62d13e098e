"""Runs TF1 course programs (the Python corpus, Flowboard's --to python
exports) in TensorFlow 2.21 and reports what they computed, for the test:tf
suites. Input JSON on stdin:

  {"mnistDir": "...", "programs": [{"name": ..., "source": ..., "mode": "init" | "run", "maxTrainRuns": N, "finalVariables": bool}]}

"keras" runs a --to keras export up to its first model.fit and reports the
model's weights there (the export's read_data_sets reads mnistDir, via MNIST_DIR).
"init" stops at the first sess.run of tf.global_variables_initializer() and
reports every trainable variable's value there (in creation order) with the
(seed, seed2) of the random ops its initial value comes from. "run" runs the
program (up to maxTrainRuns training runs) and reports each sess.run: whether
it trained, how many training runs came before it, and the scalars it
fetched, by the program's Python names; with finalVariables, also every
trainable variable's value when the program ends, by its graph name.

TF 2.21 lacks a few TF1 names the course uses; the runner maps them to what
TF1 meant, and says so here:
  import tensorflow as tf                   -> tensorflow.compat.v1, v2 behaviour off
  tf.contrib.layers.xavier_initializer      -> tf.glorot_uniform_initializer (TF1's xavier_initializer(uniform=True) draws the same)
  tf.keras.initializers.he_normal/uniform   -> tf.initializers.he_normal/uniform (TF1's; TF 2.21's tf.keras is Keras 3, seeded its own way)
  tensorflow.examples.tutorials.mnist       -> read_data_sets over the IDX files in mnistDir: images / 255 as float32, one-hot labels,
                                               the first 5,000 training images held out as validation unless validation_size=0
"""
import contextlib
import io
import json
import os
import sys
import tempfile
import types

import numpy as np
import tensorflow.compat.v1 as tf

RANDOM_OPS = ('RandomStandardNormal', 'TruncatedNormal', 'RandomUniform', 'RandomUniformInt')
SUBSTITUTIONS = [
    ('import tensorflow as tf', 'import tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()'),
    ('tf.contrib.layers.xavier_initializer', 'tf.glorot_uniform_initializer'),
    ('tf.keras.initializers.he_normal', 'tf.initializers.he_normal'),
    ('tf.keras.initializers.he_uniform', 'tf.initializers.he_uniform'),
]


class Stop(Exception):
    """Ends a program early: at the variable initializer, or after maxTrainRuns training runs."""


def idx(path):
    with open(path, 'rb') as f:
        data = f.read()
    rank = data[3]
    dims = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], 'big') for i in range(rank)]
    return np.frombuffer(data, np.uint8, offset=4 + 4 * rank).reshape(dims)


class DataSet:
    def __init__(self, images, labels):
        self.images = (images.reshape(len(images), -1).astype(np.float64) / 255).astype(np.float32)
        self.labels = np.eye(10, dtype=np.float32)[labels]
        self.num_examples = len(images)

    def next_batch(self, batch_size):
        raise Stop('next_batch shuffles with NumPy\'s global state; Flowboard\'s exports index a RandomState permutation instead')


def mnist_module(directory):
    files = {}

    def read(name):
        if name not in files:
            files[name] = idx(os.path.join(directory, name))
        return files[name]

    def read_data_sets(_dir, one_hot=False, validation_size=5000, **_):
        train_x, train_y = read('train-images-idx3-ubyte'), read('train-labels-idx1-ubyte')
        test_x, test_y = read('t10k-images-idx3-ubyte'), read('t10k-labels-idx1-ubyte')
        return types.SimpleNamespace(
            train=DataSet(train_x[validation_size:], train_y[validation_size:]),
            validation=DataSet(train_x[:validation_size], train_y[:validation_size]),
            test=DataSet(test_x, test_y))
    module = types.ModuleType('tensorflow.examples.tutorials.mnist.input_data')
    module.read_data_sets = read_data_sets
    return module


def install_mnist(directory):
    input_data = mnist_module(directory)
    names = ['tensorflow.examples', 'tensorflow.examples.tutorials', 'tensorflow.examples.tutorials.mnist']
    for name in names:
        sys.modules[name] = types.ModuleType(name)
    sys.modules[names[-1]].input_data = input_data
    sys.modules[names[-1] + '.input_data'] = input_data


def random_seeds(tensor):
    """The (seed, seed2) of every random op `tensor` is computed from."""
    seen, stack, out = set(), [tensor.op], []
    while stack:
        op = stack.pop()
        if op.name in seen:
            continue
        seen.add(op.name)
        if op.type in RANDOM_OPS:
            out.append([op.get_attr('seed'), op.get_attr('seed2')])
        stack.extend(t.op for t in op.inputs)
    return out


def is_scalar(v):
    """A single number (summaries are bytes, train ops None)."""
    return v is not None and np.size(v) == 1 and (np.issubdtype(np.asarray(v).dtype, np.number) or np.asarray(v).dtype == np.bool_)


def leaves(fetches):
    if isinstance(fetches, (list, tuple)):
        return [leaf for f in fetches for leaf in leaves(f)]
    if isinstance(fetches, dict):
        return [leaf for f in fetches.values() for leaf in leaves(f)]
    return [fetches]


def run_keras(program, directory):
    import keras

    def load_data():
        return ((read_idx(directory, 'train-images-idx3-ubyte'), read_idx(directory, 'train-labels-idx1-ubyte')),
                (read_idx(directory, 't10k-images-idx3-ubyte'), read_idx(directory, 't10k-labels-idx1-ubyte')))

    def fit(self, *args, **kwargs):
        raise Stop([w.ravel().tolist() for w in self.get_weights()])

    original_fit, original_load = keras.Model.fit, tf.keras.datasets.mnist.load_data
    keras.Model.fit, tf.keras.datasets.mnist.load_data = fit, load_data
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(program['source'], program['name'], 'exec'), {'__name__': '__main__'})
    except Stop as s:
        return {'weights': s.args[0]}
    finally:
        keras.Model.fit, tf.keras.datasets.mnist.load_data = original_fit, original_load
    raise RuntimeError(f"{program['name']} never called model.fit")


def read_idx(directory, name):
    return idx(os.path.join(directory, name))


def run_program(program):
    initializers, trace, state = [], [], {'train_runs': 0}
    original_run = tf.Session.run
    original_init = tf.global_variables_initializer

    def global_variables_initializer():
        op = original_init()
        initializers.append(op)
        return op

    def run(self, fetches, feed_dict=None, **kwargs):
        state['session'] = self
        result = original_run(self, fetches, feed_dict, **kwargs)
        fetched = leaves(fetches)
        if any(f is op for f in fetched for op in initializers) and program['mode'] == 'init':
            variables = tf.trainable_variables()
            values = original_run(self, variables)
            raise Stop([{'name': v.op.name, 'shape': v.shape.as_list(), 'values': np.asarray(x).ravel().tolist(), 'seeds': random_seeds(v.initial_value)} for v, x in zip(variables, values)])
        # A fetched op other than the initializer is a train op (minimize's is a grouped NoOp).
        training = any(isinstance(f, tf.Operation) and not any(f is op for op in initializers) for f in fetched)
        values = leaves(result) if isinstance(fetches, (list, tuple, dict)) else [result]
        trace.append({'training': training, 'fetched': [(f, v) for f, v in zip(fetched, values) if is_scalar(v)]})
        if training:
            state['train_runs'] += 1
            if state['train_runs'] >= program.get('maxTrainRuns', float('inf')):
                raise Stop(None)
        return result

    source = program['source']
    for old, new in SUBSTITUTIONS:
        source = source.replace(old, new)
    scope = {'__name__': '__main__'}
    tf.Session.run, tf.global_variables_initializer = run, global_variables_initializer
    stopped = None
    graph = tf.Graph()
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            with graph.as_default():
                exec(compile(source, program['name'], 'exec'), scope)
    except Stop as s:
        stopped = s.args[0]
    finally:
        tf.Session.run, tf.global_variables_initializer = original_run, original_init
    if program['mode'] == 'init':
        if stopped is None:
            if graph.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES):
                raise RuntimeError(f"{program['name']} has variables but never ran tf.global_variables_initializer()")
            return {'variables': []}
        return {'variables': stopped}
    # Fetched tensors by the program's Python names (the last name bound to each).
    names = {id(v): k for k, v in scope.items() if isinstance(v, (tf.Tensor, tf.Operation, tf.Variable))}
    runs, updates = [], 0
    for r in trace:
        runs.append({'training': r['training'], 'updatesBefore': updates, 'values': {names[id(f)]: float(np.asarray(v).ravel()[0]) for f, v in r['fetched'] if id(f) in names}})
        updates += r['training']
    # A fetched variable's graph name, which Flowboard's import keeps as the node's name when name= was given.
    variables = {k: v.op.name for k, v in scope.items() if isinstance(v, tf.Variable)}
    out = {'runs': runs, 'variables': variables}
    if program.get('finalVariables'):
        with graph.as_default():
            trainable = tf.trainable_variables()
            out['final'] = {v.op.name: np.asarray(x).ravel().tolist() for v, x in zip(trainable, original_run(state['session'], trainable))}
    return out


def main():
    request = json.load(sys.stdin)
    directory = os.path.abspath(request.get('mnistDir', ''))
    keras_programs = [p['mode'] == 'keras' for p in request['programs']]
    # Keras (TF2) needs eager execution, TF1 programs graph mode: one process runs one kind.
    if any(keras_programs) and not all(keras_programs):
        raise SystemExit('run Keras exports and TF1 programs in separate calls')
    if not any(keras_programs):
        tf.disable_v2_behavior()
    install_mnist(directory)
    # Flowboard's exports read MNIST's IDX files themselves (read_data_sets in the program), from MNIST_DIR.
    os.environ['MNIST_DIR'] = directory
    # Programs may write event files (tf.summary.FileWriter) or data: keep them out of the repository.
    os.chdir(tempfile.mkdtemp(prefix='flowboard-tf1-'))
    # Data files a program reads (np.loadtxt('scores.csv')) sit beside it, as in the corpus.
    for p in request['programs']:
        for name, text in p.get('files', {}).items():
            with open(os.path.basename(name), 'w') as f:
                f.write(text)
    print(json.dumps({p['name']: run_keras(p, directory) if p['mode'] == 'keras' else run_program(p) for p in request['programs']}))


main()
