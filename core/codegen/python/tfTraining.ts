/**
 * TF1's training and session calls: `tf.train.*Optimizer(...)` (with TF1's
 * defaults), `tf.Session()`, the variable initializer, the random seed, and
 * the summary calls whose job `flowboard train --logdir` does.
 */
import { notAnImage } from '../../graph/checkImages.ts';
import { type Attrs, DEFAULT_MAX_OUTPUTS } from '../../graph/document.ts';
import { cleanImageTag, MAX_IMAGE_OUTPUTS } from '../../graph/imageTags.ts';
import { findOp } from '../../ops/registry.ts';
import type { OptimizerKind } from '../../ops/optimizerAttrs.ts';
import type { CallArgs } from './callArgs.ts';
import { note } from './context.ts';
import { boolOf, intOf, numberOf, stringOf, toTensor } from './convert.ts';
import type { Handler } from './tfOps.ts';

/** TF1's keyword names for each optimizer's settings, in positional order after learning_rate, with Flowboard's attr names. */
const SETTINGS: Record<OptimizerKind, [string, string][]> = {
  GradientDescent: [],
  Momentum: [['momentum', 'momentum'], ['use_locking', ''], ['name', ''], ['use_nesterov', 'useNesterov']],
  Adagrad: [['initial_accumulator_value', 'initialAccumulatorValue']],
  Adadelta: [['rho', 'rho'], ['epsilon', 'epsilon']],
  RMSProp: [['decay', 'decay'], ['momentum', 'rmsMomentum'], ['epsilon', 'rmsEpsilon'], ['use_locking', ''], ['centered', 'centered']],
  Adam: [['beta1', 'beta1'], ['beta2', 'beta2'], ['epsilon', 'epsilon']],
};

/** TF1's default learning rates; the others must be given. */
const DEFAULT_RATE: Partial<Record<OptimizerKind, number>> = { Adam: 0.001, Adadelta: 0.001 };

function optimizer(kind: OptimizerKind): Handler {
  return (args, ctx) => {
    const attrs: Attrs = { optimizer: kind };
    const rate = args.get(0, 'learning_rate');
    if (rate !== undefined) attrs.learningRate = numberOf(rate, 'learning_rate');
    else if (DEFAULT_RATE[kind] !== undefined) attrs.learningRate = DEFAULT_RATE[kind]!;
    else note(ctx, `${args.fn} has no learning_rate; Flowboard's default 0.01 is used`, args.line);
    SETTINGS[kind].forEach(([keyword, attr], i) => {
      if (attr === '') return;
      const v = args.get(i + 1, keyword);
      if (v === undefined) return;
      attrs[attr] = v.kind === 'bool' ? boolOf(v, keyword) : numberOf(v, keyword);
    });
    if (kind === 'Momentum' && attrs.momentum === undefined) note(ctx, 'MomentumOptimizer has no momentum; 0.9 is used', args.line);
    return { kind: 'optimizer', attrs };
  };
}

/** `tf.summary.image(name, tensor, max_outputs=3)`: an entry of the session's Images panel, or a note saying why the tensor is not an image. */
const imageSummary: Handler = (args, ctx) => {
  const name = stringOf(args.need(0, 'name'), 'the name of the image summary');
  const tensor = toTensor(ctx, args.need(1, 'tensor'), 'tf.summary.image');
  const max = args.get(2, 'max_outputs');
  const maxOutputs = max === undefined ? DEFAULT_MAX_OUTPUTS : intOf(max, 'max_outputs');
  const firstOutput = findOp(tensor.op)?.outputs[0]?.name;
  const why =
    maxOutputs < 1 ? `max_outputs is ${maxOutputs}, so no image is drawn` : tensor.ref.output !== firstOutput ? `it is output "${tensor.ref.output}" of "${tensor.name}", and an image summary draws a node's first output` : notAnImage(tensor.type);
  const fix = maxOutputs < 1 ? 'give max_outputs of 1 or more' : 'reshape the tensor to [-1, height, width, 1] and summarise that';
  if (why) {
    note(ctx, `tf.summary.image "${name}" is left out: ${why}; ${fix}`, args.line);
    return { kind: 'inert', what: 'a summary' };
  }
  // TF1 renames an illegal summary name the same way (clean_tag) and warns; the tag must be one the Session panel takes.
  const cleaned = cleanImageTag(name);
  if (cleaned !== name) note(ctx, `tf.summary.image "${name}" is tagged "${cleaned}", as TF1 renames it: a tag has only letters, digits and _ . - /`, args.line);
  // The tag is the summary's name scope, as TF1's summary_scope makes it: inside the open name scopes, and a name another summary
  // already has gets _1, _2 ... (checkImages refuses two summaries under one tag).
  const scoped = [...ctx.draft.scopes, cleaned].join('/');
  let label = scoped;
  for (let i = 1; ctx.session.images.some((image) => image.label === label && image.node !== tensor.ref.node); i++) label = `${scoped}_${i}`;
  if (label !== scoped) note(ctx, `tf.summary.image "${name}" is tagged "${label}", as TF1 tags a second summary named "${scoped}"`, args.line);
  const kept = Math.min(maxOutputs, MAX_IMAGE_OUTPUTS);
  if (kept < maxOutputs) note(ctx, `tf.summary.image "${name}" keeps ${MAX_IMAGE_OUTPUTS} images per step, not ${maxOutputs}: Flowboard draws at most ${MAX_IMAGE_OUTPUTS}`, args.line);
  // A summary made again for the same node (in a loop, or a method called twice) is one summary.
  if (!ctx.session.images.some((image) => image.node === tensor.ref.node && image.label === label)) ctx.session.images.push({ node: tensor.ref.node, label, maxOutputs: kept });
  return { kind: 'inert', what: 'a summary' };
};

/** Understood calls that change nothing in the graph. */
const nothing: Handler = () => ({ kind: 'none' });

export const TRAINING_FUNCTIONS: Record<string, Handler> = {
  'tf.train.GradientDescentOptimizer': optimizer('GradientDescent'),
  'tf.train.MomentumOptimizer': optimizer('Momentum'),
  'tf.train.AdagradOptimizer': optimizer('Adagrad'),
  'tf.train.AdadeltaOptimizer': optimizer('Adadelta'),
  'tf.train.RMSPropOptimizer': optimizer('RMSProp'),
  'tf.train.AdamOptimizer': optimizer('Adam'),
  'tf.Session': () => ({ kind: 'session' }),
  'tf.InteractiveSession': () => ({ kind: 'session' }),
  'tf.global_variables_initializer': () => ({ kind: 'initOp' }),
  'tf.initialize_all_variables': () => ({ kind: 'initOp' }),
  'tf.set_random_seed': (args, ctx) => {
    ctx.session.seed = intOf(args.need(0, 'seed'), 'the seed');
    return { kind: 'none' };
  },
  'tf.reset_default_graph': nothing,
  'tf.disable_v2_behavior': nothing,
  'tf.disable_eager_execution': nothing,
  'tf.name_scope': (args) => ({ kind: 'nameScope', name: stringOf(args.need(0, 'name'), 'the name of the scope') }),
  'tf.variable_scope': (args) => ({ kind: 'nameScope', name: stringOf(args.need(0, 'name_or_scope'), 'the name of the scope') }),
  'tf.summary.scalar': (args, ctx) => {
    args.need(0, 'name');
    ctx.session.logged(toTensor(ctx, args.need(1, 'tensor'), 'tf.summary.scalar'), args.line);
    return { kind: 'inert', what: 'a summary' };
  },
  'tf.summary.histogram': (args, ctx) => {
    args.need(0, 'name');
    args.need(1, 'values');
    note(ctx, 'tf.summary.histogram: Flowboard shows histograms of every variable and gradient, and `flowboard train --logdir` writes them for TensorBoard', args.line);
    return { kind: 'inert', what: 'a summary' };
  },
  'tf.summary.image': imageSummary,
  'tf.summary.merge_all': () => ({ kind: 'inert', what: 'the merged summaries' }),
  'tf.summary.merge': (args) => {
    args.need(0, 'inputs');
    return { kind: 'inert', what: 'the merged summaries' };
  },
  'tf.summary.FileWriter': (args, ctx) => {
    args.get(0, 'logdir');
    args.get(1, 'graph');
    note(ctx, 'tf.summary.FileWriter: write TensorBoard logs with `flowboard train FILE --logdir DIR`', args.line);
    return { kind: 'inert', what: 'a summary writer' };
  },
};

/** `optimizer.minimize(cost)`: the Minimize node, carrying the optimizer's settings. */
export function minimize(args: CallArgs, ctx: Parameters<Handler>[1], optimizerAttrs: Attrs) {
  const loss = toTensor(ctx, args.need(0, 'loss'), 'the loss of minimize');
  const node = ctx.draft.add('Minimize', { ...optimizerAttrs }, { loss }, args.name('Minimize'));
  ctx.session.minimizeLines.set(node.ref.node, args.line);
  ctx.session.minimizeLosses.set(node.ref.node, loss);
  return node;
}
