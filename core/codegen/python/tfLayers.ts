/**
 * TF1's `tf.layers` as the ops they stand for, each layer under a name scope
 * as TF names it (`dense`, `dense_1`, `conv2d` ...): dense is a kernel and a
 * bias Variable (Glorot uniform and zeros, TF's defaults), MatMul, Add and
 * the activation; conv2d the same with Conv2D; max_pooling2d a MaxPool;
 * dropout a Dropout whose keep probability is 1 - rate while `training`;
 * flatten a Flatten.
 */
import type { Attrs } from '../../graph/document.ts';
import type { InitializerSpec } from '../../ops/initializers.ts';
import { isRandomInitializer } from '../../ops/initializers.ts';
import { CallArgs } from './callArgs.ts';
import type { ImportContext } from './context.ts';
import { note } from './context.ts';
import { boolOf, intOf, intsOf, numberOf, stringOf, toTensor } from './convert.ts';
import { ImportFailure } from './importDiagnostic.ts';
import { takeOpSeed } from './opSeed.ts';
import type { Handler } from './tfOps.ts';
import { describeValue, type TensorValue, type Value } from './values.ts';

/** Runs `build` inside the layer's name scope: `name=` when given, else TF's unique `base`, `base_1` ... */
function inLayerScope<T>(ctx: ImportContext, args: CallArgs, base: string, build: () => T): T {
  const given = args.get(-1, 'name');
  const scope = given !== undefined && given.kind !== 'none' ? stringOf(given, 'name') : ctx.draft.uniqueScope(base);
  ctx.draft.scopes.push(scope);
  try {
    return build();
  } finally {
    ctx.draft.scopes.pop();
  }
}

function inputOf(ctx: ImportContext, args: CallArgs): TensorValue {
  return toTensor(ctx, args.need(0, 'inputs'), `${args.fn}'s inputs`, 'float32');
}

/** A layer's initializer argument: an initializer object, or TF's default when absent. */
function initializerOf(v: Value | undefined, fallback: InitializerSpec, what: string): { spec: InitializerSpec; seed?: number } {
  if (v === undefined || v.kind === 'none') return { spec: fallback };
  if (v.kind !== 'initializer' || v.shape) throw new ImportFailure(`${what} must be an initializer object such as tf.contrib.layers.xavier_initializer(), got ${describeValue(v)}`);
  return { spec: v.spec, ...(v.seed !== undefined ? { seed: v.seed } : {}) };
}

/** A layer's weight Variable, with the op seed TF gives the initializer when it is random. */
function weight(ctx: ImportContext, name: string, shape: number[], init: { spec: InitializerSpec; seed?: number }): TensorValue {
  let spec = init.spec;
  if (isRandomInitializer(spec)) {
    const seed = takeOpSeed(ctx, init.seed === undefined ? undefined : { kind: 'number', value: init.seed, isInt: true }, `the layer's ${name}`);
    if (seed !== undefined) spec = { ...spec, seed } as InitializerSpec;
  }
  return ctx.draft.add('Variable', { shape, initializer: spec as unknown as Attrs }, {}, { base: name });
}

/** `activation=tf.nn.relu`: the activation's op on `x`; None or absent leaves x linear. */
function activate(ctx: ImportContext, args: CallArgs, x: TensorValue, handler: (path: string) => Handler): TensorValue {
  const act = args.get(-1, 'activation');
  if (act === undefined || act.kind === 'none') return x;
  if (act.kind !== 'module') throw new ImportFailure(`${args.fn}: activation must be a TF function such as tf.nn.relu, got ${describeValue(act)}`, args.line);
  const out = handler(act.path)(new CallArgs(act.path, [x], new Map(), args.line), ctx);
  if (out.kind !== 'tensor') throw new ImportFailure(`${args.fn}: activation ${act.path} does not make a tensor`, args.line);
  return out;
}

/** A [h, w] pair from an int or a list (kernel_size=3, pool_size=[2, 2], strides=2). */
function pair(v: Value, what: string): number[] {
  if (v.kind === 'number') {
    const n = intOf(v, what);
    return [n, n];
  }
  const list = intsOf(v, what);
  if (!list || list.length !== 2) throw new ImportFailure(`${what} must be a number or two numbers [height, width]`);
  return list;
}

function paddingOf(args: CallArgs, index: number): string {
  const p = args.get(index, 'padding');
  return p === undefined ? 'VALID' : stringOf(p, 'padding').toUpperCase();
}

function checkChannelsLast(args: CallArgs): void {
  const f = args.get(-1, 'data_format');
  if (f !== undefined && stringOf(f, 'data_format') !== 'channels_last') throw new ImportFailure(`${args.fn}: only data_format='channels_last' (NHWC) is supported`, args.line);
}

function checkBias(args: CallArgs): boolean {
  const b = args.get(-1, 'use_bias');
  return b === undefined || boolOf(b, 'use_bias');
}

/** The layer functions, given the handler lookup (functions.ts) so activations resolve as any call does. */
export function layerFunctions(handler: (path: string) => Handler): Record<string, Handler> {
  return {
    'tf.layers.dense': (args, ctx) => {
      const x = inputOf(ctx, args);
      const units = intOf(args.need(1, 'units'), 'units');
      const inDim = x.type.shape?.[x.type.shape.length - 1];
      if (x.type.shape === null || x.type.shape.length !== 2 || inDim === null || inDim === undefined)
        throw new ImportFailure(`tf.layers.dense is imported for inputs of shape [batch, features] with the features known, got ${x.type.shape === null ? 'an unknown shape' : `[${x.type.shape.map((d) => d ?? '?').join(', ')}]`}; reshape the input first`, args.line);
      const kernelInit = initializerOf(args.get(-1, 'kernel_initializer'), { kind: 'glorotUniform' }, 'kernel_initializer');
      const biasInit = initializerOf(args.get(-1, 'bias_initializer'), { kind: 'zeros' }, 'bias_initializer');
      const useBias = checkBias(args);
      return inLayerScope(ctx, args, 'dense', () => {
        const kernel = weight(ctx, 'kernel', [inDim, units], kernelInit);
        let y = ctx.draft.add('MatMul', {}, { a: x, b: kernel }, { base: 'MatMul' });
        if (useBias) y = ctx.draft.add('Add', {}, { x: y, y: weight(ctx, 'bias', [units], biasInit) }, { base: 'BiasAdd' });
        return activate(ctx, args, y, handler);
      });
    },
    'tf.layers.conv2d': (args, ctx) => {
      const x = inputOf(ctx, args);
      checkChannelsLast(args);
      const filters = intOf(args.need(1, 'filters'), 'filters');
      const [kh, kw] = pair(args.need(2, 'kernel_size'), 'kernel_size');
      const strides = pair(args.get(3, 'strides') ?? { kind: 'number', value: 1, isInt: true }, 'strides');
      const padding = paddingOf(args, 4);
      const channels = x.type.shape?.length === 4 ? x.type.shape[3] : undefined;
      if (channels === null || channels === undefined) throw new ImportFailure('tf.layers.conv2d needs an NHWC input with the channels known (reshape to [-1, 28, 28, 1] first)', args.line);
      const dilation = args.get(-1, 'dilation_rate');
      if (dilation !== undefined && pair(dilation, 'dilation_rate').some((d) => d !== 1)) throw new ImportFailure('tf.layers.conv2d: dilation_rate other than 1 is not supported', args.line);
      const kernelInit = initializerOf(args.get(-1, 'kernel_initializer'), { kind: 'glorotUniform' }, 'kernel_initializer');
      const biasInit = initializerOf(args.get(-1, 'bias_initializer'), { kind: 'zeros' }, 'bias_initializer');
      const useBias = checkBias(args);
      return inLayerScope(ctx, args, 'conv2d', () => {
        const kernel = weight(ctx, 'kernel', [kh, kw, channels, filters], kernelInit);
        let y = ctx.draft.add('Conv2D', { strides: [1, strides[0], strides[1], 1], padding }, { input: x, filter: kernel }, { base: 'Conv2D' });
        if (useBias) y = ctx.draft.add('Add', {}, { x: y, y: weight(ctx, 'bias', [filters], biasInit) }, { base: 'BiasAdd' });
        return activate(ctx, args, y, handler);
      });
    },
    'tf.layers.max_pooling2d': (args, ctx) => {
      const x = inputOf(ctx, args);
      checkChannelsLast(args);
      const [ph, pw] = pair(args.need(1, 'pool_size'), 'pool_size');
      const [sh, sw] = pair(args.need(2, 'strides'), 'strides');
      const padding = paddingOf(args, 3);
      return inLayerScope(ctx, args, 'max_pooling2d', () => ctx.draft.add('MaxPool', { ksize: [1, ph, pw, 1], strides: [1, sh, sw, 1], padding }, { input: x }, { base: 'MaxPool' }));
    },
    'tf.layers.flatten': (args, ctx) => {
      const x = inputOf(ctx, args);
      checkChannelsLast(args);
      return inLayerScope(ctx, args, 'flatten', () => ctx.draft.add('Flatten', {}, { x }, { base: 'Reshape' }));
    },
    'tf.layers.dropout': (args, ctx) => {
      const x = inputOf(ctx, args);
      const rateArg = args.get(1, 'rate');
      const rate = rateArg === undefined ? 0.5 : numberOf(rateArg, 'rate');
      if (args.get(2, 'noise_shape')?.kind === 'number') throw new ImportFailure('tf.layers.dropout: noise_shape is not supported', args.line);
      const seedArg = args.get(3, 'seed');
      const training = args.get(4, 'training') ?? { kind: 'bool', value: false };
      // TF's default training=False makes the layer the identity: nothing is dropped.
      if (training.kind === 'bool' || training.kind === 'number') {
        if (!boolOf(training, 'training')) {
          note(ctx, 'tf.layers.dropout with training=False (its default) passes its input through unchanged, so no Dropout node was made; feed training from a tf.placeholder(tf.bool) to drop while training', args.line);
          return x;
        }
      }
      return inLayerScope(ctx, args, 'dropout', () => {
        let keepProb: TensorValue;
        if (training.kind === 'tensor') {
          // keep = 1 - rate * training: 1 - rate while training, 1 when not.
          const on = ctx.draft.add('Cast', { dtype: 'float32' }, { x: toTensor(ctx, training, 'training') }, { base: 'Cast' });
          const dropped = ctx.draft.add('Mul', {}, { x: toTensor(ctx, { kind: 'number', value: rate, isInt: false }, 'rate', 'float32'), y: on }, { base: 'mul' });
          keepProb = ctx.draft.add('Sub', {}, { x: toTensor(ctx, { kind: 'number', value: 1, isInt: false }, 'rate', 'float32'), y: dropped }, { base: 'keep_prob' });
        } else {
          if (training.kind !== 'bool' && training.kind !== 'number') throw new ImportFailure(`tf.layers.dropout's training must be True, False or a bool tensor, got ${describeValue(training)}`, args.line);
          keepProb = toTensor(ctx, { kind: 'number', value: 1 - rate, isInt: false }, 'rate', 'float32');
        }
        const seed = takeOpSeed(ctx, seedArg, 'tf.layers.dropout');
        return ctx.draft.add('Dropout', seed === undefined ? {} : { seed }, { x, keepProb }, { base: 'dropout' });
      });
    },
  };
}
