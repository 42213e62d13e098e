/**
 * What a Python expression stands for while the importer reads a program: a
 * graph tensor, a plain number (a hyperparameter), inline data, a module, a
 * session, an optimizer waiting for `.minimize(cost)` ...
 */
import type { Param, Stmt } from './ast.ts';
import type { Attrs, DatasetSplit, NestedNumbers, TensorRef } from '../../graph/document.ts';
import type { DType, TensorType } from '../../graph/shape.ts';
import type { InitializerSpec } from '../../ops/initializers.ts';

export type Value =
  /** One output of a graph node. */
  | { kind: 'tensor'; ref: TensorRef; type: TensorType; op: string; name: string }
  /** `source` is the Python name it was read from (`learning_rate`), which names a Constant made from it. */
  | { kind: 'number'; value: number; isInt: boolean; source?: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'none' }
  | { kind: 'string'; value: string }
  /** A list literal or np.array of numbers: inline data, or a Constant where a tensor is needed. */
  | { kind: 'data'; value: NestedNumbers; dtype?: DType; isInt: boolean; source?: string; /** Read from a CSV file (np.loadtxt): these columns of it, so feeding it binds the file. */ csv?: CsvOrigin }
  /** A list or tuple holding something other than numbers (`[cost, train]`). */
  | { kind: 'sequence'; items: Value[] }
  | { kind: 'dict'; entries: [Value, Value][] }
  /** `tf`, `tf.nn`, `np.random`: a canonical dotted path. */
  | { kind: 'module'; path: string }
  | { kind: 'dtype'; dtype: DType }
  /** How a Variable starts: `tf.random_normal([2, 1])` carries its shape, `xavier_initializer()` does not. */
  | { kind: 'initializer'; spec: InitializerSpec; shape?: number[]; /** An initializer object's seed=, applied when tf.get_variable makes its op. */ seed?: number }
  | { kind: 'optimizer'; attrs: Attrs }
  | { kind: 'session' }
  /** Whatever `sess.run` returned: a Python value, not part of the graph. */
  | { kind: 'fetched' }
  /** The counter of a loop that runs the session (`step`). */
  | { kind: 'loopIndex'; name: string }
  /** `np.random.permutation(n)`, a slice of it, and data indexed by such a slice: a mini-batch. */
  | { kind: 'batchOrder' }
  /** `np.random.RandomState(seed)`: its permutation(n) is a batch order. */
  | { kind: 'randomState'; seed: number }
  | { kind: 'batchIndex' }
  | { kind: 'batch'; data: Extract<Value, { kind: 'data' | 'datasetField' }>; size?: number }
  /** `input_data.read_data_sets(...)` (MNIST), one of its splits, and one field of a split. */
  | { kind: 'dataset'; name: string; split?: DatasetSplit; /** TF1 held out 5,000 training images for validation (its default). */ heldOut: boolean }
  | { kind: 'datasetField'; name: string; split: DatasetSplit; field: 'images' | 'labels' }
  /** `sess.run`, `optimizer.minimize`: a method looked up on a value. */
  | { kind: 'method'; self: Value; name: string }
  /** `with tf.name_scope('layer1'):` prefixes the names of the nodes made inside. */
  | { kind: 'nameScope'; name: string }
  /** `range`, `print`, `len` ... */
  | { kind: 'builtin'; name: string }
  /** `tf.global_variables_initializer()`: running it is understood and changes nothing in the graph. */
  | { kind: 'initOp' }
  /** Something understood but without effect on the graph (a summary writer); any use of it is inert too. */
  | { kind: 'inert'; what: string }
  /** A class the program defines (classes.ts): its methods, by name. */
  | { kind: 'class'; name: string; line: number; methods: Map<string, MethodDef>; /** Members that were reported and not imported, with their lines. */ refused: Map<string, number> }
  /** An instance of such a class: `self` inside its methods; its attributes are assigned and read as Python does. */
  | { kind: 'object'; className: string; cls: Extract<Value, { kind: 'class' }>; attrs: Map<string, Value> }
  /** `m1.train`: a method of the program's class, bound to its instance. */
  | { kind: 'boundMethod'; self: Extract<Value, { kind: 'object' }>; method: MethodDef }
  /** A name defined by a statement that was not imported. */
  | { kind: 'failed'; line: number; name: string };

/** A def inside a class: its parameters (defaults evaluated where the class is defined, as Python does) and body. */
export interface MethodDef {
  name: string;
  className: string;
  line: number;
  params: Param[];
  defaults: Map<string, Value>;
  body: Stmt[];
}

/** Where data read from a file came from: its path as the program names it, and the columns (0-based) it holds. */
export interface CsvOrigin {
  path: string;
  columns: number[];
}

export type TensorValue = Extract<Value, { kind: 'tensor' }>;
export type DataValue = Extract<Value, { kind: 'data' }>;

/** A few words for messages: "a tensor (Add "hypothesis")", "the number 0.5". */
export function describeValue(v: Value): string {
  switch (v.kind) {
    case 'tensor':
      return `the tensor "${v.name}"`;
    case 'number':
      return `the number ${v.value}`;
    case 'bool':
      return v.value ? 'True' : 'False';
    case 'none':
      return 'None';
    case 'string':
      return `the string ${JSON.stringify(v.value)}`;
    case 'data':
      return v.source ? `the data ${v.source}` : 'a list of numbers';
    case 'sequence':
      return 'a list';
    case 'dict':
      return 'a dict';
    case 'module':
      return `the module ${v.path}`;
    case 'dtype':
      return `the dtype ${v.dtype}`;
    case 'initializer':
      return 'an initializer';
    case 'optimizer':
      return `a ${String(v.attrs.optimizer)} optimizer`;
    case 'session':
      return 'the session';
    case 'fetched':
      return 'a value fetched with sess.run';
    case 'loopIndex':
      return `the loop counter ${v.name}`;
    case 'batchOrder':
    case 'batchIndex':
      return 'a batch index';
    case 'randomState':
      return `NumPy's RandomState(${v.seed})`;
    case 'batch':
      return 'a mini-batch';
    case 'dataset':
      return v.split ? `the ${v.name} ${v.split} split` : `the ${v.name} dataset`;
    case 'datasetField':
      return `${v.name}.${v.split}.${v.field}`;
    case 'method':
      return `the method ${v.name}`;
    case 'builtin':
      return `the built-in ${v.name}`;
    case 'nameScope':
      return `the name scope ${v.name}`;
    case 'initOp':
      return 'the variable initializer';
    case 'inert':
      return v.what;
    case 'class':
      return `the class ${v.name}`;
    case 'object':
      return `a ${v.className} object`;
    case 'boundMethod':
      return `the method ${v.method.className}.${v.method.name}`;
    case 'failed':
      return `${v.name} (line ${v.line} was not imported)`;
  }
}
