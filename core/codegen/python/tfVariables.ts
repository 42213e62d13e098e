/**
 * Where tensors start: tf.placeholder, tf.constant, tf.Variable with its
 * initial value (tf.random_normal(...) and friends), tf.get_variable with an
 * initializer object (Xavier, He, random normal ...). Each random initial
 * value gets the op seed TF1 gives it (opSeed.ts): a random op is made when
 * tf.random_normal is called, and when tf.get_variable applies an initializer.
 */
import type { Attrs, NestedNumbers } from '../../graph/document.ts';
import { type InitializerSpec, isRandomInitializer } from '../../ops/initializers.ts';
import type { CallArgs } from './callArgs.ts';
import type { ImportContext } from './context.ts';
import { allInts, boolOf, dtypeOf, intOf, knownShapeOf, numberOf, shapeOf, stringOf } from './convert.ts';
import { ImportFailure } from './importDiagnostic.ts';
import { takeOpSeed } from './opSeed.ts';
import type { Handler } from './tfOps.ts';
import { describeValue, type Value } from './values.ts';

/** The spec with op seed `seed`, when there is one. */
function seeded(spec: InitializerSpec, seed: number | undefined): InitializerSpec {
  return seed === undefined ? spec : ({ ...spec, seed } as InitializerSpec);
}

/** `tf.random_normal(shape, mean, stddev, dtype, seed)` and the like: an initial value with its shape; `seedAt` is seed='s position, for the random ones. */
function shaped(make: (args: CallArgs) => InitializerSpec, firstParam = 1, seedAt?: number): Handler {
  return (args, ctx) => {
    const shape = knownShapeOf(args.need(0, 'shape', 'dims'), `the shape of ${args.fn}`);
    const spec = make(args);
    const dtype = args.get(firstParam + 2, 'dtype');
    if (dtype !== undefined && dtypeOf(dtype, 'dtype') !== 'float32') throw new ImportFailure(`${args.fn}: Flowboard's Variables are float32`);
    const seed = seedAt === undefined ? undefined : takeOpSeed(ctx, args.get(seedAt, 'seed'), args.fn);
    return { kind: 'initializer', spec: seeded(spec, seed), shape };
  };
}

/** An initializer object without a shape (`xavier_initializer()`), for tf.get_variable; its seed= (at `seedAt`) is kept until tf.get_variable applies it. */
function unshaped(make: (args: CallArgs) => InitializerSpec, seedAt = -1): Handler {
  return (args) => {
    const spec = make(args);
    const given = args.get(seedAt, 'seed');
    if (given === undefined || given.kind === 'none') return { kind: 'initializer', spec };
    if (!isRandomInitializer(spec)) throw new ImportFailure(`${args.fn} draws no random numbers, so it takes no seed`);
    return { kind: 'initializer', spec, seed: intOf(given, `the seed of ${args.fn}`) };
  };
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

/** `xavier_initializer(uniform=True)`: Glorot uniform by default (what tf.glorot_uniform_initializer draws), Glorot normal with uniform=False. */
function xavier(args: CallArgs): InitializerSpec {
  const u = args.get(0, 'uniform');
  return u === undefined || boolOf(u, 'uniform') ? { kind: 'glorotUniform' } : { kind: 'glorotNormal' };
}

/** TF1's init_ops VarianceScaling (scale, mode, distribution): He and Glorot are the settings Flowboard has. */
function varianceScaling(args: CallArgs): InitializerSpec {
  const scale = num(args, 0, 'scale', 1);
  const mode = args.get(1, 'mode');
  const distribution = args.get(2, 'distribution');
  const m = mode === undefined ? 'fan_in' : stringOf(mode, 'mode');
  const d = distribution === undefined ? 'truncated_normal' : stringOf(distribution, 'distribution');
  const uniform = d === 'uniform';
  if (!uniform && d !== 'truncated_normal' && d !== 'normal') throw new ImportFailure(`variance_scaling_initializer: distribution "${d}" has no Flowboard initializer; use "truncated_normal" or "uniform"`);
  if (scale === 2 && m === 'fan_in') return uniform ? { kind: 'heUniform' } : { kind: 'heNormal' };
  if (scale === 1 && m === 'fan_avg') return uniform ? { kind: 'glorotUniform' } : { kind: 'glorotNormal' };
  throw new ImportFailure('variance_scaling_initializer is imported with scale=2.0, mode="fan_in" (He) or scale=1.0, mode="fan_avg" (Glorot)');
}

/** tf.contrib's variance_scaling_initializer defaults (factor 2, FAN_IN, normal) are He normal; other settings have no Flowboard initializer. */
function contribVarianceScaling(args: CallArgs): InitializerSpec {
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
    // TF1's default initializer is glorot_uniform_initializer().
    let initializer: InitializerSpec = { kind: 'glorotUniform' };
    let given: number | undefined;
    if (init !== undefined && init.kind !== 'none') {
      if (init.kind !== 'initializer' || init.shape) throw new ImportFailure(`tf.get_variable's initializer must be an initializer object such as tf.contrib.layers.xavier_initializer(), got ${describeValue(init)}`);
      initializer = init.spec;
      given = init.seed;
    }
    // Applying the initializer makes its random op: one get_seed call per variable.
    if (isRandomInitializer(initializer)) initializer = seeded(initializer, takeOpSeed(ctx, given === undefined ? undefined : { kind: 'number', value: given, isInt: true }, `tf.get_variable "${name}"`));
    const attrs: Attrs = { shape, initializer: initializer as unknown as Attrs };
    trainableAttr(args, 5, attrs);
    return ctx.draft.add('Variable', attrs, {}, { base: name, explicit: true });
  },
  'tf.random_normal': shaped(normal('randomNormal', 1), 1, 4),
  'tf.truncated_normal': shaped(normal('truncatedNormal', 1), 1, 4),
  'tf.random_uniform': shaped(uniform(1), 1, 4),
  'tf.zeros': shaped(() => ({ kind: 'zeros' }), -1),
  'tf.ones': shaped(() => ({ kind: 'ones' }), -1),
  'tf.fill': (args) => {
    const shape = knownShapeOf(args.need(0, 'dims'), 'the shape of tf.fill');
    return { kind: 'initializer', spec: { kind: 'constant', value: numberOf(args.need(1, 'value'), 'the value of tf.fill') }, shape };
  },
  'tf.contrib.layers.xavier_initializer': unshaped(xavier, 1),
  'tf.glorot_uniform_initializer': unshaped(() => ({ kind: 'glorotUniform' }), 0),
  'tf.glorot_normal_initializer': unshaped(() => ({ kind: 'glorotNormal' }), 0),
  'tf.keras.initializers.glorot_uniform': unshaped(() => ({ kind: 'glorotUniform' }), 0),
  'tf.keras.initializers.GlorotUniform': unshaped(() => ({ kind: 'glorotUniform' }), 0),
  'tf.keras.initializers.glorot_normal': unshaped(() => ({ kind: 'glorotNormal' }), 0),
  'tf.keras.initializers.GlorotNormal': unshaped(() => ({ kind: 'glorotNormal' }), 0),
  'tf.keras.initializers.he_normal': unshaped(() => ({ kind: 'heNormal' }), 0),
  'tf.keras.initializers.HeNormal': unshaped(() => ({ kind: 'heNormal' }), 0),
  'tf.keras.initializers.he_uniform': unshaped(() => ({ kind: 'heUniform' }), 0),
  'tf.keras.initializers.HeUniform': unshaped(() => ({ kind: 'heUniform' }), 0),
  'tf.contrib.layers.variance_scaling_initializer': unshaped(contribVarianceScaling, 3),
  'tf.variance_scaling_initializer': unshaped(varianceScaling, 3),
  'tf.random_normal_initializer': unshaped(normal('randomNormal', 0), 2),
  'tf.truncated_normal_initializer': unshaped(normal('truncatedNormal', 0), 2),
  'tf.random_uniform_initializer': unshaped(uniform(0), 2),
  'tf.zeros_initializer': unshaped(() => ({ kind: 'zeros' })),
  'tf.ones_initializer': unshaped(() => ({ kind: 'ones' })),
  'tf.constant_initializer': unshaped((args) => ({ kind: 'constant', value: num(args, 0, 'value', 0) })),
};

function fillShape(value: number | boolean, shape: number[]): NestedNumbers {
  if (shape.length === 0) return value;
  return Array.from({ length: shape[0] }, () => fillShape(value, shape.slice(1)));
}
