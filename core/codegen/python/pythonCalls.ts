/**
 * Plain Python and NumPy the course's programs use around the graph: data
 * literals (`np.array([...], dtype=np.float32)`), `len`, `int`, `print`, the
 * shuffle of a mini-batch loop, and methods on values (`sess.run`,
 * `optimizer.minimize`, `accuracy.eval`, `x_data.reshape`).
 */
import { shuffleSeed } from '../../data/batcher.ts';
import { MNIST_SIZES } from '../../data/mnist.ts';
import type { NestedNumbers } from '../../graph/document.ts';
import type { CallArgs } from './callArgs.ts';
import type { ImportContext } from './context.ts';
import { note } from './context.ts';
import { dtypeOf, failedUse, intOf, intsOf, lengthOf, numberOf } from './convert.ts';
import { ImportFailure } from './importDiagnostic.ts';
import type { Handler } from './tfOps.ts';
import { minimize } from './tfTraining.ts';
import { describeValue, type DataValue, type Value } from './values.ts';

/** Nested numbers from a value: data, a number, or a list of such. */
export function nestedOf(v: Value): NestedNumbers | undefined {
  if (v.kind === 'data') return v.value;
  if (v.kind === 'number' || v.kind === 'bool') return v.value;
  return undefined;
}

function toData(v: Value, what: string): DataValue {
  if (v.kind === 'data') return v;
  if (v.kind === 'number') return { kind: 'data', value: v.value, isInt: v.isInt };
  if (v.kind === 'failed') throw failedUse(v);
  throw new ImportFailure(`${what} must be numbers, got ${describeValue(v)}`);
}

function flatten(v: NestedNumbers, out: (number | boolean)[] = []): (number | boolean)[] {
  if (Array.isArray(v)) v.forEach((x) => flatten(x, out));
  else out.push(v);
  return out;
}

/** NumPy's reshape, with one -1 inferred. */
function reshape(data: DataValue, dims: number[]): DataValue {
  const flat = flatten(data.value);
  const known = dims.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
  const shape = dims.map((d) => (d === -1 ? flat.length / known : d));
  if (shape.reduce((a, b) => a * b, 1) !== flat.length || shape.some((d) => !Number.isInteger(d))) throw new ImportFailure(`cannot reshape ${flat.length} values to [${dims.join(', ')}]`);
  let at = 0;
  const build = (depth: number): NestedNumbers => (depth === shape.length ? flat[at++] : Array.from({ length: shape[depth] }, () => build(depth + 1)));
  return { ...data, value: build(0), source: undefined };
}

export const PYTHON_FUNCTIONS: Record<string, Handler> = {
  'np.array': (args) => {
    const data = toData(args.need(0, 'object'), 'np.array');
    const dtype = args.get(1, 'dtype');
    return dtype === undefined ? data : { ...data, dtype: dtypeOf(dtype, 'dtype') };
  },
  // The course sums costs and predictions into these arrays in Python (`avg_cost_list[m] += c`): bookkeeping, not graph data.
  'np.zeros': (args) => {
    args.need(0, 'shape');
    args.get(1, 'dtype');
    return { kind: 'inert', what: 'a NumPy array made in Python (np.zeros), which the graph does not compute on' };
  },
  'np.random.permutation': (args) => {
    args.need(0, 'x');
    return { kind: 'batchOrder' };
  },
  'np.random.RandomState': (args) => ({ kind: 'randomState', seed: intOf(args.need(0, 'seed'), 'the RandomState seed') }),
  'np.random.seed': (args, ctx) => {
    args.need(0, 'seed');
    note(ctx, 'np.random.seed was ignored: Flowboard shuffles batches with the session seed', args.line);
    return { kind: 'none' };
  },
  'tf.examples.tutorials.mnist.input_data.read_data_sets': (args) => {
    args.need(0, 'train_dir');
    const oneHot = args.get(-1, 'one_hot');
    if (oneHot === undefined || oneHot.kind !== 'bool' || !oneHot.value) throw new ImportFailure("Flowboard's MNIST labels are one-hot: write read_data_sets(..., one_hot=True)", args.line);
    // TF1 keeps the first validation_size (default 5,000) training images apart; Flowboard has that split and none.
    const held = args.get(-1, 'validation_size');
    if (held !== undefined && (held.kind !== 'number' || (held.value !== 0 && held.value !== 5000)))
      throw new ImportFailure("Flowboard's MNIST holds out the first 5,000 training images for validation, as TF1 does by default, or none: write validation_size=5000 or validation_size=0", args.line);
    return { kind: 'dataset', name: 'mnist', heldOut: held === undefined || held.value === 5000 };
  },
  print: () => ({ kind: 'none' }),
  len: (args) => {
    const v = args.need(0, 'obj');
    if (v.kind === 'data') return { kind: 'number', value: lengthOf(v), isInt: true };
    if (v.kind === 'sequence') return { kind: 'number', value: v.items.length, isInt: true };
    if (v.kind === 'datasetField') return { kind: 'number', value: MNIST_SIZES[v.split], isInt: true };
    throw new ImportFailure(`len() of ${describeValue(v)} cannot be read`);
  },
  int: (args) => {
    const v = args.need(0, 'x');
    return v.kind === 'fetched' ? v : { kind: 'number', value: Math.trunc(numberOf(v, 'int()')), isInt: true };
  },
  float: (args) => {
    const v = args.need(0, 'x');
    return v.kind === 'fetched' ? v : { kind: 'number', value: numberOf(v, 'float()'), isInt: false };
  },
  str: (args) => {
    const v = args.need(0, 'object');
    return { kind: 'string', value: v.kind === 'string' ? v.value : v.kind === 'number' ? String(v.value) : '' };
  },
  enumerate: (args) => {
    const v = args.need(0, 'iterable');
    const items: Value[] | undefined = v.kind === 'sequence' ? v.items : v.kind === 'data' && Array.isArray(v.value) ? v.value.map((x) => (Array.isArray(x) ? { kind: 'data', value: x, isInt: v.isInt } : { kind: 'number', value: Number(x), isInt: Number.isInteger(x) })) : undefined;
    if (!items) throw new ImportFailure(`enumerate() of ${describeValue(v)} cannot be read`);
    return { kind: 'sequence', items: items.map((item, i) => ({ kind: 'sequence', items: [{ kind: 'number', value: i, isInt: true }, item] })) };
  },
  range: () => {
    throw new ImportFailure('range() is imported only as the range of a for loop');
  },
};

/** `value.method(...)`: a session's run, an optimizer's minimize, a tensor's eval, data's reshape. */
export function callMethod(self: Value, method: string, args: CallArgs, ctx: ImportContext): Value {
  switch (self.kind) {
    case 'session':
      if (method === 'run') return ctx.session.run(ctx, args.need(0, 'fetches'), args.get(1, 'feed_dict'), args.line);
      if (method === 'close') return { kind: 'none' };
      break;
    case 'optimizer':
      if (method === 'minimize') return minimize(args, ctx, self.attrs);
      if (method === 'compute_gradients' || method === 'apply_gradients')
        throw new ImportFailure(`${method} is not imported: Flowboard's Minimize computes and applies the gradients in one node; write optimizer.minimize(cost)`);
      break;
    case 'tensor':
      if (method === 'eval') {
        const session = args.get(1, 'session');
        if (session !== undefined && session.kind !== 'session') throw new ImportFailure(`eval's session must be the session, got ${describeValue(session)}`);
        return ctx.session.run(ctx, self, args.get(0, 'feed_dict'), args.line);
      }
      break;
    case 'data':
      if (method === 'reshape') {
        const dims = args.need(0, 'shape');
        const list = dims.kind === 'data' ? intsOf(dims, 'the new shape')! : [intOf(dims, 'the new shape'), ...collectRest(args)];
        return reshape(self, list);
      }
      if (method === 'astype') return { ...self, dtype: dtypeOf(args.need(0, 'dtype'), 'astype') };
      break;
    case 'sequence':
      // `models.append(Model(sess, name))`: the list grows as the program builds it.
      if (method === 'append') {
        self.items.push(args.need(0, 'object'));
        return { kind: 'none' };
      }
      break;
    case 'string':
      if (method === 'format') return { kind: 'string', value: '' };
      break;
    case 'randomState':
      if (method === 'permutation') {
        args.need(0, 'x');
        // Flowboard shuffles with RandomState(graph seed), as its exports write it.
        if (ctx.session.seed === undefined || shuffleSeed(ctx.session.seed) !== self.seed)
          note(ctx, `Flowboard shuffles the batches with RandomState(<the session seed>); this program's RandomState(${self.seed}) ${ctx.session.seed === undefined ? 'has no graph seed to match' : `differs from the graph seed ${ctx.session.seed}`}, so its batches come in another order`, args.line);
        return { kind: 'batchOrder' };
      }
      break;
    case 'dataset':
      if (self.split && method === 'next_batch') {
        const size = intOf(args.need(0, 'batch_size'), 'the batch size');
        const field = (f: 'images' | 'labels') => ({ kind: 'batch', data: { kind: 'datasetField', name: self.name, split: self.split!, field: f }, size }) as Value;
        return { kind: 'sequence', items: [field('images'), field('labels')] };
      }
      break;
    case 'fetched':
    case 'inert':
      // Python-side work on results (`writer.add_summary(s, step)`, `c.mean()`) changes nothing in the graph.
      return self;
    case 'failed':
      throw failedUse(self);
  }
  throw new ImportFailure(`${describeValue(self)} has no method ${method} that Flowboard can import`);
}

/** reshape(2, 3) spelled without a tuple: the positional arguments after the first. */
function collectRest(args: CallArgs): number[] {
  const out: number[] = [];
  for (let i = 1; ; i++) {
    const v = args.get(i);
    if (v === undefined) return out;
    out.push(intOf(v, 'the new shape'));
  }
}
