/**
 * Where tensors start: tf.placeholder, tf.constant, tf.Variable with its
 * initial value (tf.random_normal(...) and friends), tf.get_variable with an
 * initializer object (Xavier, He, random normal ...).
 */
import type { Attrs, NestedNumbers } from '../../graph/document.ts';
import type { InitializerSpec } from '../../ops/initializers.ts';
import type { CallArgs } from './callArgs.ts';
import type { ImportContext } from './context.ts';
import { note } from './context.ts';
import { allInts, boolOf, dtypeOf, knownShapeOf, numberOf, shapeOf, stringOf } from './convert.ts';
import { ImportFailure } from './importDiagnostic.ts';
import type { Handler } from './tfOps.ts';
import { describeValue, type Value } from './values.ts';

/** `tf.random_normal(shape, mean, stddev)` and the like: an initial value with its shape. */
function shaped(make: (args: CallArgs) => InitializerSpec, firstParam = 1): Handler {
  return (args, ctx) => {
    const shape = knownShapeOf(args.need(0, 'shape', 'dims'), `the shape of ${args.fn}`);
    const spec = make(args);
    ignoreSeed(args, ctx);
    const dtype = args.get(firstParam + 2, 'dtype');
    if (dtype !== undefined && dtypeOf(dtype, 'dtype') !== 'float32') throw new ImportFailure(`${args.fn}: Flowboard's Variables are float32`);
    return { kind: 'initializer', spec, shape };
  };
}

/** An initializer object without a shape (`xavier_initializer()`), for tf.get_variable. */
function unshaped(make: (args: CallArgs) => InitializerSpec): Handler {
  return (args, ctx) => {
    const spec = make(args);
    ignoreSeed(args, ctx);
    return { kind: 'initializer', spec };
  };
}

function ignoreSeed(args: CallArgs, ctx: ImportContext): void {
  if (args.get(-1, 'seed') !== undefined) note(ctx, `${args.fn}: seed= was ignored; Flowboard draws every Variable from the session seed and the Variable's name`, args.line);
}

function num(args: CallArgs, index: number, name: string, fallback: number): number {
  const v = args.get(index, name);
  return v === undefined || v.kind === 'none' ? fallback : numberOf(v, name);
}

const normal = (kind: 'randomNormal' | 'truncatedNormal', at: number) => (args: CallArgs): InitializerSpec => ({
  kind,
  mean: num(args, at, 'mean', 0),
  stddev: num(args, at + 1, 'stddev', 1),
});
const uniform = (at: number) => (args: CallArgs): InitializerSpec => ({ kind: 'randomUniform', min: num(args, at, 'minval', 0), max: num(args, at + 1, 'maxval', 1) });

/** `xavier_initializer(uniform=True)`: Glorot uniform by default, Glorot normal with uniform=False. */
function xavier(args: CallArgs): InitializerSpec {
  const u = args.get(0, 'uniform');
  return u === undefined || boolOf(u, 'uniform') ? { kind: 'glorotUniform' } : { kind: 'glorotNormal' };
}

/** TF1's variance_scaling_initializer defaults (factor 2, FAN_IN, normal) are He normal; other settings have no Flowboard initializer. */
function varianceScaling(args: CallArgs): InitializerSpec {
  const factor = num(args, 0, 'factor', 2);
  const mode = args.get(1, 'mode');
  const u = args.get(2, 'uniform');
  if (factor !== 2 || (mode !== undefined && stringOf(mode, 'mode') !== 'FAN_IN'))
    throw new ImportFailure('variance_scaling_initializer is imported only with factor=2.0 and mode="FAN_IN" (He)');
  return u !== undefined && boolOf(u, 'uniform') ? { kind: 'heUniform' } : { kind: 'heNormal' };
}

/** A uniform nested list's single value, or undefined when the entries differ. */
function uniformValue(v: NestedNumbers): number | undefined {
  const flat: number[] = [];
  const walk = (x: NestedNumbers) => (Array.isArray(x) ? x.forEach(walk) : flat.push(Number(x)));
  walk(v);
  return flat.length > 0 && flat.every((x) => x === flat[0]) ? flat[0] : undefined;
}

function shapeOfNested(v: NestedNumbers): number[] {
  const shape: number[] = [];
  for (let cur = v; Array.isArray(cur); cur = cur[0]) {
    shape.push(cur.length);
    if (cur.length === 0) break;
  }
  return shape;
}

/** tf.Variable's initial value as Flowboard's Variable attrs (a shape and an initializer). */
function initialValue(ctx: ImportContext, v: Value): { shape: number[]; initializer: InitializerSpec } {
  if (v.kind === 'initializer') {
    if (!v.shape) throw new ImportFailure('an initializer object needs a shape: write tf.get_variable(name, shape=[...], initializer=...)');
    return { shape: v.shape, initializer: v.spec };
  }
  let value: NestedNumbers | undefined;
  if (v.kind === 'number') value = v.value;
  else if (v.kind === 'data') value = v.value;
  else if (v.kind === 'tensor') {
    const node = ctx.draft.node(v.ref.node);
    if (node?.op === 'Constant' && node.attrs.dtype !== 'bool') {
      value = node.attrs.value as NestedNumbers;
      ctx.draft.discard(node.id);
    }
  }
  if (value === undefined) throw new ImportFailure(`a Variable's initial value must be tf.random_normal(...), tf.zeros(...), a number or a constant, got ${describeValue(v)}`);
  const fill = uniformValue(value);
  if (fill === undefined) throw new ImportFailure('a Variable that starts from a list of different values is not supported; Flowboard Variables start from an initializer (random, zeros, a constant)');
  return { shape: shapeOfNested(value), initializer: { kind: 'constant', value: fill } };
}

function trainableAttr(args: CallArgs, index: number, attrs: Attrs): void {
  const t = args.get(index, 'trainable');
  if (t !== undefined && t.kind !== 'none' && !boolOf(t, 'trainable')) attrs.trainable = false;
}

function checkFloat(args: CallArgs, index: number): void {
  const d = args.get(index, 'dtype');
  if (d !== undefined && d.kind !== 'none' && dtypeOf(d, 'dtype') !== 'float32') throw new ImportFailure(`${args.fn}: Flowboard's Variables are float32`);
}

export const VARIABLE_FUNCTIONS: Record<string, Handler> = {
  'tf.placeholder': (args, ctx) => {
    const dtype = dtypeOf(args.need(0, 'dtype'), 'the dtype of tf.placeholder');
    const shape = args.get(1, 'shape');
    return ctx.draft.add('Placeholder', { dtype, shape: shape === undefined ? null : shapeOf(shape, 'the shape of tf.placeholder') }, {}, args.name('Placeholder'));
  },
  'tf.constant': (args, ctx) => {
    const v = args.need(0, 'value');
    const dtypeArg = args.get(1, 'dtype');
    const shapeArg = args.get(2, 'shape');
    let value: NestedNumbers;
    if (v.kind === 'number' || v.kind === 'bool') value = v.value;
    else if (v.kind === 'data') value = v.value;
    else throw new ImportFailure(`tf.constant needs a number or a list of numbers, got ${describeValue(v)}`);
    const natural = v.kind === 'bool' ? 'bool' : v.kind === 'data' && v.dtype ? v.dtype : (v.kind === 'number' ? v.isInt : allInts(value)) ? 'int32' : 'float32';
    const dtype = dtypeArg === undefined || dtypeArg.kind === 'none' ? natural : dtypeOf(dtypeArg, 'the dtype of tf.constant');
    if (shapeArg !== undefined && shapeArg.kind !== 'none') {
      if (Array.isArray(value)) throw new ImportFailure('tf.constant with a shape is imported only for a single value filled to that shape');
      value = fillShape(value, knownShapeOf(shapeArg, 'the shape of tf.constant'));
    }
    return ctx.draft.add('Constant', { value, dtype }, {}, args.name('Const'));
  },
  'tf.Variable': (args, ctx) => {
    const { shape, initializer } = initialValue(ctx, args.need(0, 'initial_value'));
    const attrs: Attrs = { shape, initializer: initializer as unknown as Attrs };
    trainableAttr(args, 1, attrs);
    checkFloat(args, -1);
    return ctx.draft.add('Variable', attrs, {}, args.name('Variable'));
  },
  'tf.get_variable': (args, ctx) => {
    const name = stringOf(args.need(0, 'name'), 'the name of tf.get_variable');
    const shape = knownShapeOf(args.need(1, 'shape'), 'the shape of tf.get_variable');
    checkFloat(args, 2);
    const init = args.get(3, 'initializer');
    let initializer: InitializerSpec = { kind: 'glorotUniform' };
    if (init !== undefined && init.kind !== 'none') {
      if (init.kind !== 'initializer' || init.shape) throw new ImportFailure(`tf.get_variable's initializer must be an initializer object such as tf.contrib.layers.xavier_initializer(), got ${describeValue(init)}`);
      initializer = init.spec;
    }
    const attrs: Attrs = { shape, initializer: initializer as unknown as Attrs };
    trainableAttr(args, 5, attrs);
    return ctx.draft.add('Variable', attrs, {}, { base: name, explicit: true });
  },
  'tf.random_normal': shaped(normal('randomNormal', 1)),
  'tf.truncated_normal': shaped(normal('truncatedNormal', 1)),
  'tf.random_uniform': shaped(uniform(1)),
  'tf.zeros': shaped(() => ({ kind: 'zeros' }), -1),
  'tf.ones': shaped(() => ({ kind: 'ones' }), -1),
  'tf.fill': (args) => {
    const shape = knownShapeOf(args.need(0, 'dims'), 'the shape of tf.fill');
    return { kind: 'initializer', spec: { kind: 'constant', value: numberOf(args.need(1, 'value'), 'the value of tf.fill') }, shape };
  },
  'tf.contrib.layers.xavier_initializer': unshaped(xavier),
  'tf.glorot_uniform_initializer': unshaped(() => ({ kind: 'glorotUniform' })),
  'tf.glorot_normal_initializer': unshaped(() => ({ kind: 'glorotNormal' })),
  'tf.keras.initializers.glorot_uniform': unshaped(() => ({ kind: 'glorotUniform' })),
  'tf.keras.initializers.GlorotUniform': unshaped(() => ({ kind: 'glorotUniform' })),
  'tf.keras.initializers.glorot_normal': unshaped(() => ({ kind: 'glorotNormal' })),
  'tf.keras.initializers.GlorotNormal': unshaped(() => ({ kind: 'glorotNormal' })),
  'tf.keras.initializers.he_normal': unshaped(() => ({ kind: 'heNormal' })),
  'tf.keras.initializers.HeNormal': unshaped(() => ({ kind: 'heNormal' })),
  'tf.keras.initializers.he_uniform': unshaped(() => ({ kind: 'heUniform' })),
  'tf.keras.initializers.HeUniform': unshaped(() => ({ kind: 'heUniform' })),
  'tf.contrib.layers.variance_scaling_initializer': unshaped(varianceScaling),
  'tf.random_normal_initializer': unshaped(normal('randomNormal', 0)),
  'tf.truncated_normal_initializer': unshaped(normal('truncatedNormal', 0)),
  'tf.random_uniform_initializer': unshaped(uniform(0)),
  'tf.zeros_initializer': unshaped(() => ({ kind: 'zeros' })),
  'tf.ones_initializer': unshaped(() => ({ kind: 'ones' })),
  'tf.constant_initializer': unshaped((args) => ({ kind: 'constant', value: num(args, 0, 'value', 0) })),
};

function fillShape(value: number | boolean, shape: number[]): NestedNumbers {
  if (shape.length === 0) return value;
  return Array.from({ length: shape[0] }, () => fillShape(value, shape.slice(1)));
}
