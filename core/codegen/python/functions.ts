/**
 * Which function a dotted name calls. Module aliases are canonical (`tf`,
 * `np`), TF's other spellings of one function map to one name
 * (`tf.compat.v1.log`, `tf.math.log` -> `tf.log`), and the handlers come from
 * one table per family.
 */
import { dtypeByName } from './convert.ts';
import { ImportFailure } from './importDiagnostic.ts';
import { PYTHON_FUNCTIONS } from './pythonCalls.ts';
import { NUMPY_FILE_FUNCTIONS } from './numpyFiles.ts';
import { ARRAY_FUNCTIONS } from './tfArrayOps.ts';
import { layerFunctions } from './tfLayers.ts';
import { type Handler, OP_FUNCTIONS } from './tfOps.ts';
import { TRAINING_FUNCTIONS } from './tfTraining.ts';
import { VARIABLE_FUNCTIONS } from './tfVariables.ts';
import type { Value } from './values.ts';

// Layers look activations up through handlerFor, as any call does.
const HANDLERS: Record<string, Handler> = { ...OP_FUNCTIONS, ...ARRAY_FUNCTIONS, ...VARIABLE_FUNCTIONS, ...TRAINING_FUNCTIONS, ...PYTHON_FUNCTIONS, ...NUMPY_FILE_FUNCTIONS, ...layerFunctions((path) => handlerFor(path)) };

/** The canonical name of an imported module: TensorFlow (any version's v1 API) is `tf`, NumPy `np`. */
export function canonicalModule(module: string): string {
  if (module === 'tensorflow' || module === 'tensorflow.compat.v1') return 'tf';
  if (module.startsWith('tensorflow.compat.v1.')) return `tf.${module.slice('tensorflow.compat.v1.'.length)}`;
  if (module.startsWith('tensorflow.')) return `tf.${module.slice('tensorflow.'.length)}`;
  if (module === 'numpy' || module.startsWith('numpy.')) return `np${module.slice('numpy'.length)}`;
  return module;
}

const SYNONYMS: Record<string, string> = {
  'tf.nn.sigmoid': 'tf.sigmoid',
  'tf.nn.tanh': 'tf.tanh',
  'tf.sub': 'tf.subtract',
  'tf.mul': 'tf.multiply',
  'tf.neg': 'tf.negative',
  'tf.arg_max': 'tf.argmax',
  'tf.softmax': 'tf.nn.softmax',
  'tf.random.normal': 'tf.random_normal',
  'tf.random.truncated_normal': 'tf.truncated_normal',
  'tf.random.uniform': 'tf.random_uniform',
  'tf.random.set_random_seed': 'tf.set_random_seed',
  'tf.random.set_seed': 'tf.set_random_seed',
  'tf.initializers.glorot_uniform': 'tf.glorot_uniform_initializer',
  'tf.initializers.glorot_normal': 'tf.glorot_normal_initializer',
  'tf.initializers.he_normal': 'tf.keras.initializers.he_normal',
  'tf.initializers.he_uniform': 'tf.keras.initializers.he_uniform',
  'tf.initializers.random_normal': 'tf.random_normal_initializer',
  'tf.initializers.truncated_normal': 'tf.truncated_normal_initializer',
  'tf.initializers.zeros': 'tf.zeros_initializer',
  'tf.initializers.ones': 'tf.ones_initializer',
  'tf.initializers.constant': 'tf.constant_initializer',
  'tf.initializers.global_variables': 'tf.global_variables_initializer',
};

/** Functions the course uses that Flowboard cannot import, with the reason and what to do instead. */
const REFUSED: Record<string, string> = {
  'tf.contrib.layers.fully_connected': 'fully_connected hides its weights; write tf.matmul(X, W) + b with tf.Variable or tf.get_variable so each is a node',
  'tf.keras.datasets.mnist.load_data': 'load MNIST the course way, input_data.read_data_sets(..., one_hot=True), or bind the MNIST dataset to the Placeholders in the session',
  'tf.train.Saver': 'checkpoints are not part of the graph: after training, save the variables with File > Save trained weights (Ctrl/Cmd+Alt+S) or `flowboard train --save-weights FILE`, and restore them with Load weights… or `--load-weights FILE`',
  'tf.gradients': "gradients are graph nodes in Flowboard already: the Minimize adds them; see the training graph's gradients/ scope",
};

/** TF's many spellings of one function, reduced to the one the tables use. */
export function normalizePath(path: string): string {
  let p = path.replace(/^tf\.compat\.v1\./, 'tf.');
  if (p.startsWith('tf.math.')) p = `tf.${p.slice('tf.math.'.length)}`;
  return SYNONYMS[p] ?? p;
}

/** The handler of a function path; throws ImportFailure naming the function when there is none. */
export function handlerFor(path: string): Handler {
  const p = normalizePath(path);
  if (Object.hasOwn(HANDLERS, p)) return HANDLERS[p];
  if (Object.hasOwn(REFUSED, p)) throw new ImportFailure(REFUSED[p]);
  if (p.startsWith('tf.keras.layers.')) throw new ImportFailure(`${path}: Keras layers hide their weights; write the layer with tf.matmul and Variables`);
  if (p.startsWith('tf.layers.')) throw new ImportFailure(`${path} is not imported; the layers read are tf.layers.dense, conv2d, max_pooling2d, dropout and flatten`);
  if (p.startsWith('plt.') || p.startsWith('matplotlib.')) throw new ImportFailure(`${path}: plots are not imported; Flowboard's panels chart the training`);
  throw new ImportFailure(`${path} has no Flowboard op`);
}

/** `module.name` as a value: a dtype (`tf.float32`), or a deeper module or function path. */
export function moduleAttribute(path: string, name: string): Value {
  if (path === 'tf' || path === 'np') {
    const d = dtypeByName(name);
    if (d) return { kind: 'dtype', dtype: d.dtype };
  }
  return { kind: 'module', path: `${path}.${name}` };
}

/** Whether a float64 or int64 name was read as float32 or int32. */
export function inexactDType(path: string, name: string): boolean {
  const d = (path === 'tf' || path === 'np') && dtypeByName(name);
  return d ? !d.exact : false;
}
