/**
 * TF1's training and session calls: `tf.train.*Optimizer(...)` (with TF1's
 * defaults), `tf.Session()`, the variable initializer, the random seed, and
 * the summary calls whose job `flowboard train --logdir` does.
 */
import type { Attrs } from '../../graph/document.ts';
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
  'tf.summary.image': (args, ctx) => {
    args.need(0, 'name');
    args.need(1, 'tensor');
    args.get(2, 'max_outputs');
    // Flowboard has no image panel: say what it shows instead rather than pretend.
    note(ctx, "tf.summary.image: Flowboard has no image panel, so no images are logged; select the tensor's node to see its values and shape in the inspector", args.line);
    return { kind: 'inert', what: 'a summary' };
  },
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
  return node;
}
