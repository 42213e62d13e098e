/**
 * Evaluates one expression to a Value, adding graph nodes for tensor math as
 * it goes. Anything it cannot import throws ImportFailure with the reason;
 * the statement is then rolled back and reported.
 */
import { MNIST_SIZES } from '../../data/mnist.ts';
import type { Expr } from './ast.ts';
import { CallArgs } from './callArgs.ts';
import type { ImportContext } from './context.ts';
import { note } from './context.ts';
import { allInts, failedUse, intOf } from './convert.ts';
import { handlerFor, inexactDType, moduleAttribute } from './functions.ts';
import { ImportFailure } from './importDiagnostic.ts';
import { callDefined, objectAttribute } from './methodCalls.ts';
import { binary, compare, unary } from './operators.ts';
import { columnIndex, selectColumns, sliceColumns } from './numpyFiles.ts';
import { callMethod, nestedOf } from './pythonCalls.ts';
import { describeValue, type Value } from './values.ts';

const BUILTINS = new Set(['print', 'len', 'int', 'float', 'str', 'range', 'enumerate']);

export function evaluate(ctx: ImportContext, e: Expr): Value {
  switch (e.kind) {
    case 'name':
      return lookup(ctx, e.id, e.line);
    case 'number':
      return { kind: 'number', value: e.value, isInt: e.isInt };
    case 'string':
      return { kind: 'string', value: e.value };
    case 'constant':
      return e.value === null ? { kind: 'none' } : { kind: 'bool', value: e.value };
    case 'list':
    case 'tuple':
      return sequence(e.items.map((item) => evaluate(ctx, item)));
    case 'dict':
      return { kind: 'dict', entries: e.entries.map(([k, v]) => [evaluate(ctx, k), evaluate(ctx, v)]) };
    case 'attribute':
      return attribute(ctx, evaluate(ctx, e.object), e.name, e.line);
    case 'call':
      return call(ctx, e);
    case 'subscript':
      return subscript(ctx, evaluate(ctx, e.object), e.index);
    case 'binary': {
      const left = evaluate(ctx, e.left);
      const right = evaluate(ctx, e.right);
      if (left.kind === 'string') return stringOperation(e.op, left.value, right);
      return pythonSide(left, right) ?? binary(ctx, e.op, left, right);
    }
    case 'unary':
      return unary(ctx, e.op, evaluate(ctx, e.operand));
    case 'compare': {
      if (e.ops.length > 1) throw new ImportFailure('chained comparisons (a < b < c) are not supported', e.line);
      const left = evaluate(ctx, e.operands[0]);
      const right = evaluate(ctx, e.operands[1]);
      return pythonSide(left, right) ?? compare(ctx, e.ops[0], left, right);
    }
    case 'boolean':
    case 'conditional':
      throw new ImportFailure(`${e.kind === 'boolean' ? `"${e.op}"` : '"x if c else y"'} is evaluated in Python, not in the graph, and is not supported`, e.line);
    case 'slice':
      throw new ImportFailure('a slice is supported only as a mini-batch index', e.line);
  }
}

function lookup(ctx: ImportContext, id: string, line: number): Value {
  const v = ctx.env.get(id);
  if (v === undefined) {
    if (BUILTINS.has(id)) return { kind: 'builtin', name: id };
    throw new ImportFailure(`${id} is not defined`, line);
  }
  // A failed name flows on as a value: every use that needs it throws, and a feed_dict skips just that entry.
  // A number read from a name remembers it, so a Constant made from `learning_rate` is named so.
  if (v.kind === 'number') return { ...v, source: id };
  return v;
}

/** Numbers and nested numbers become data; anything else stays a list of values. */
function sequence(items: Value[]): Value {
  const nested = items.map(nestedOf);
  if (items.length > 0 && nested.every((n) => n !== undefined)) {
    const value = nested as NonNullable<(typeof nested)[number]>[];
    const dtypes = new Set(items.map((i) => (i.kind === 'data' ? i.dtype : undefined)));
    const dtype = dtypes.size === 1 ? [...dtypes][0] : undefined;
    return { kind: 'data', value, isInt: allInts(value), ...(dtype ? { dtype } : {}) };
  }
  return { kind: 'sequence', items };
}

/**
 * Python-side values in an expression (strings being formatted, results of
 * sess.run, the loop counter) make Python-side values: they print and log,
 * and never reach the graph.
 */
function pythonSide(left: Value, right: Value): Value | undefined {
  const kinds = [left.kind, right.kind];
  if (kinds.includes('failed')) return undefined;
  if (kinds.includes('string')) return { kind: 'string', value: '' };
  if (kinds.includes('fetched') || kinds.includes('loopIndex')) return { kind: 'fetched' };
  return undefined;
}

/** `'W%d' % i` and `'a' + 'b'`, so names built in a loop are known; other string work gives an unknown string. */
function stringOperation(op: string, text: string, right: Value): Value {
  const shown = (v: Value) => (v.kind === 'number' ? String(v.value) : v.kind === 'string' ? v.value : undefined);
  if (op === '+' && right.kind === 'string') return { kind: 'string', value: text + right.value };
  if (op === '%') {
    const values = right.kind === 'sequence' ? right.items : right.kind === 'data' && Array.isArray(right.value) ? right.value.map((x) => ({ kind: 'number', value: Number(x), isInt: true }) as Value) : [right];
    let i = 0;
    const out = text.replace(/%(?:\.\d+)?[dsif%]/g, (spec) => (spec === '%%' ? '%' : (shown(values[i++] ?? { kind: 'none' }) ?? spec)));
    return { kind: 'string', value: out };
  }
  return { kind: 'string', value: '' };
}

function attribute(ctx: ImportContext, object: Value, name: string, line: number): Value {
  switch (object.kind) {
    case 'module':
      if (inexactDType(object.path, name)) note(ctx, `${object.path}.${name} is read as ${name.startsWith('int') || name.startsWith('uint') ? 'int32' : 'float32'}: Flowboard computes in float32, int32 and bool`, line);
      return moduleAttribute(object.path, name);
    case 'data':
      if (name === 'shape') return { kind: 'data', value: shapeOfData(object.value), isInt: true };
      break;
    case 'dataset':
      return datasetAttribute(object, name, line);
    case 'object':
      return objectAttribute(object, name, line);
    case 'class':
      throw new ImportFailure(`${object.name}.${name}: class attributes are not imported; use the methods and attributes of an instance (m1 = ${object.name}(...); m1.${name})`, line);
    case 'failed':
      throw failedUse(object);
    case 'fetched':
    case 'inert':
      return object;
  }
  return { kind: 'method', self: object, name };
}

/** `mnist.train` (55,000 images, or 60,000 with validation_size=0), `mnist.test.images`, `mnist.train.num_examples`. */
function datasetAttribute(set: Extract<Value, { kind: 'dataset' }>, name: string, line: number): Value {
  if (!set.split) {
    if (name === 'test') return { ...set, split: 'test' };
    if (name === 'train') return { ...set, split: set.heldOut ? 'train-55k' : 'train' };
    if (name === 'validation') {
      if (!set.heldOut) throw new ImportFailure('read_data_sets(..., validation_size=0) leaves mnist.validation empty; drop validation_size to hold out 5,000 images', line);
      return { ...set, split: 'validation-5k' };
    }
  } else {
    if (name === 'images' || name === 'labels') return { kind: 'datasetField', name: set.name, split: set.split, field: name };
    if (name === 'num_examples') return { kind: 'number', value: MNIST_SIZES[set.split], isInt: true };
  }
  return { kind: 'method', self: set, name };
}

function shapeOfData(v: unknown): number[] {
  const shape: number[] = [];
  for (let cur = v; Array.isArray(cur); cur = cur[0]) shape.push(cur.length);
  return shape;
}

function call(ctx: ImportContext, e: Extract<Expr, { kind: 'call' }>): Value {
  const callee = evaluate(ctx, e.func);
  const positional = e.args.map((a) => evaluate(ctx, a));
  const keywords = new Map(e.keywords.map((k) => [k.name, evaluate(ctx, k.value)]));
  if (callee.kind === 'class' || callee.kind === 'boundMethod') return callDefined(ctx, callee, positional, keywords, e.line);
  const fn = calleeName(e.func);
  const args = new CallArgs(fn, positional, keywords, e.line);
  let result: Value;
  if (callee.kind === 'module') result = handlerFor(callee.path)(args, ctx);
  else if (callee.kind === 'builtin') result = handlerFor(callee.name)(args, ctx);
  else if (callee.kind === 'method') result = callMethod(callee.self, callee.name, args, ctx);
  else if (callee.kind === 'fetched' || callee.kind === 'inert') return callee;
  else if (callee.kind === 'failed') throw failedCall(fn, callee, positional);
  else throw new ImportFailure(`${fn} is ${describeValue(callee)}, which cannot be called`, e.line);
  const unused = args.unused();
  // Printing and string formatting are Python-side: their arguments matter only for the sess.run calls inside them.
  const pythonSide = fn === 'print' || (callee.kind === 'method' && callee.self.kind === 'string');
  if (unused.length > 0 && !pythonSide) note(ctx, `${fn}: ${unused.join(', ')} ${unused.length === 1 ? 'was' : 'were'} ignored`, e.line);
  return result;
}

/**
 * A call of a function that was not imported. Given data read from a file
 * (the course's MinMaxScaler(xy)), it would change in Python what the CSV
 * binding feeds as the file has it: say so, and how to keep the step.
 */
function failedCall(fn: string, callee: Extract<Value, { kind: 'failed' }>, args: readonly Value[]): ImportFailure {
  const file = args.flatMap((a) => (a.kind === 'data' && a.csv ? [a.csv.path] : []))[0];
  if (file === undefined) return failedUse(callee);
  return new ImportFailure(
    `${fn} (the def on line ${callee.line}, not imported) would change the data of ${file} in Python, but the session feeds the file as it is: ` +
      `write the changed values into ${file} (for min-max scaling, (x - min) / (max - min) of each column) and import again, or train on the raw values as imported`,
  );
}

/** The callee as written (`tf.nn.relu`, `sess.run`), for messages. */
function calleeName(e: Expr): string {
  if (e.kind === 'name') return e.id;
  if (e.kind === 'attribute') return `${calleeName(e.object)}.${e.name}`;
  if (e.kind === 'string') return 'str';
  return 'the called expression';
}

function subscript(ctx: ImportContext, object: Value, index: Expr): Value {
  if (object.kind === 'failed') throw failedUse(object);
  if (object.kind === 'fetched' || object.kind === 'inert') return object;
  if (object.kind === 'batchOrder' && index.kind === 'slice') return { kind: 'batchIndex' };
  if (object.kind === 'tensor') throw new ImportFailure('slicing a tensor is not supported: Flowboard has no Slice op', index.line);
  if (object.kind === 'data' && index.kind === 'tuple') return dataColumns(ctx, object, index.items, index.line);
  const at = evaluate(ctx, index);
  if ((object.kind === 'data' || object.kind === 'datasetField') && at.kind === 'batchIndex') return { kind: 'batch', data: object };
  if (object.kind === 'data' && Array.isArray(object.value) && at.kind === 'number') {
    const i = intOf(at, 'the index');
    const item = object.value.at(i);
    if (item === undefined) throw new ImportFailure(`index ${i} is outside the data (${object.value.length} rows)`, index.line);
    return Array.isArray(item) ? { kind: 'data', value: item, isInt: allInts(item), ...(object.dtype ? { dtype: object.dtype } : {}) } : { kind: 'number', value: Number(item), isInt: Number.isInteger(item) };
  }
  if (object.kind === 'sequence' && at.kind === 'number') {
    const item = object.items.at(intOf(at, 'the index'));
    if (item) return item;
  }
  throw new ImportFailure(`${describeValue(object)} cannot be indexed here`, index.line);
}

/** `data[:, 0:-1]`, `data[:, [-1]]`, `data[:, 2]`: columns of a table, every row kept (as the course splits x and y). */
function dataColumns(ctx: ImportContext, data: Extract<Value, { kind: 'data' }>, items: readonly Expr[], line: number): Value {
  const [rows, cols] = items;
  if (items.length !== 2 || rows.kind !== 'slice' || rows.lower || rows.upper || rows.step)
    throw new ImportFailure('only data[:, columns] is read (every row, some columns); pick rows in the session instead', line);
  const int = (e: Expr | undefined) => (e === undefined ? undefined : intOf(evaluate(ctx, e), 'a column index'));
  if (cols.kind === 'slice') return selectColumns(data, (w) => sliceColumns(w, int(cols.lower), int(cols.upper), int(cols.step)), line);
  const at = evaluate(ctx, cols);
  if (at.kind === 'number') return selectColumns(data, (w) => columnIndex(w, intOf(at, 'a column index'), line), line);
  if (at.kind === 'data' && Array.isArray(at.value) && at.value.every((v) => typeof v === 'number'))
    return selectColumns(data, (w) => (at.value as number[]).map((i) => columnIndex(w, i, line)), line);
  throw new ImportFailure(`data[:, ...] takes a slice, a column number or a list of them, got ${describeValue(at)}`, line);
}
