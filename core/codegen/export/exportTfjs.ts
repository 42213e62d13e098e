/**
 * A graph as a standalone JavaScript module that builds and trains it with
 * `@tensorflow/tfjs` and runs under Node (`node model.mjs`). It trains as
 * Flowboard's Trainer does: variables start from the same values for the
 * same seed (TensorFlow's, drawn by the module's own Philox), dropout masks
 * and mini-batches come in the same order, the log steps are the same, and it
 * ends by printing `final loss` and the evaluated metrics.
 */
import type { DataBinding, GraphDocument, NestedNumbers } from '../../graph/document.ts';
import { Batcher, shuffleSeed } from '../../data/batcher.ts';
import type { InitializerSpec } from '../../ops/initializers.ts';
import { nestedShape } from '../../ops/attrs.ts';
import { getSeed } from '../../random/seeds.ts';
import { schedule } from '../../runtime/schedule.ts';
import { ExportError } from './exportError.ts';
import { ancestors, type ExportGraph, exportGraph, type ExportNode, isBatched } from './exportGraph.ts';
import { jsLiteral } from './literals.ts';
import { TFJS_HELPERS, tfjsConstant, tfjsExpression } from './tfjsOps.ts';
import { randomHelpers, TFJS_RANDOM_HELPERS } from './tfjsRandom.ts';

/** Every name the random helpers define. */
const RANDOM_NAMES = [...new Set(Object.values(TFJS_RANDOM_HELPERS).flatMap((text) => [...text.matchAll(/^(?:function|const) (\w+)/gm)].map((m) => m[1])))];

const OWN = [
  'tf', 'model', 'feeds', 'step', 'training', 'data', 'evalData', 'optimizer', 'trained', 'TOTAL_STEPS', 'LOG_EVERY', 'EXAMPLES', 'BATCH_SIZE',
  'BATCHES_PER_EPOCH', 'batchIndices', 'feedsAt', 'rng', 'order', 'orderEpoch', 'streams', 'logged', 'format', 'lastLoss', 'out', 'evaluation', 'values',
  ...Object.keys(TFJS_HELPERS), ...RANDOM_NAMES,
];

const OPTIMIZERS: Record<string, (a: Record<string, unknown>) => string> = {
  GradientDescent: (a) => `tf.train.sgd(${a.learningRate})`,
  Momentum: (a) => `tf.train.momentum(${a.learningRate}, ${a.momentum}, ${a.useNesterov})`,
  Adagrad: (a) => `tf.train.adagrad(${a.learningRate}, ${a.initialAccumulatorValue})`,
  Adadelta: (a) => `tf.train.adadelta(${a.learningRate}, ${a.rho}, ${a.epsilon})`,
  RMSProp: (a) => `tf.train.rmsprop(${a.learningRate}, ${a.decay}, ${a.rmsMomentum}, ${a.rmsEpsilon}, ${a.centered})`,
  Adam: (a) => `tf.train.adam(${a.learningRate}, ${a.beta1}, ${a.beta2}, ${a.epsilon})`,
};

/** The module's text; throws ExportError for a graph it cannot train (no train node, no steps, MNIST data). */
export function exportTfjs(doc: GraphDocument): string {
  const g = exportGraph(doc, OWN);
  const session = g.session ?? { fetches: [], feeds: {} };
  if (g.train && !g.loss) throw new ExportError(`Minimize "${g.train.name}" has no loss wired to it`, g.train.id);
  if (!g.train && session.fetches.length === 0) throw new ExportError('the graph neither trains (no Minimize in the session) nor fetches anything; add fetches to its session or a Minimize to train');
  const helpers = new Set<string>();
  const feeds = session.feeds;
  const evalFeeds = { ...feeds, ...(session.evalFeeds ?? {}) };
  for (const b of Object.values(evalFeeds)) if (b.kind !== 'inline') throw new ExportError(`the TF.js export writes inline data only; a ${b.kind} binding (${b.kind === 'csv' ? b.path : b.name}) cannot be written into the module`);

  const fed = new Set(Object.keys(evalFeeds));
  const built = g.nodes.filter((n) => n.op !== 'Minimize' && [...ancestors(g, n.id)].every((id) => g.byId.get(id)!.op !== 'Placeholder' || fed.has(id)));
  const inModel = built.filter((n) => n.op !== 'Variable' && n.op !== 'Constant');
  const modelBody = inModel.map((n) => `  const ${n.ident} = ${tfjsExpression(n, (h) => helpers.add(h))};`);
  const skipped = g.nodes.filter((n) => n.op !== 'Minimize' && !built.includes(n));

  const batching = g.train ? batchingOf(g, feeds) : undefined;
  const sched = batching && schedule(session, {}, batching.batchesPerEpoch);
  const logged = session.fetches.filter((f) => f.role !== 'prediction').map((f) => g.byId.get(f.node)!).filter((n) => built.includes(n) && n !== g.loss);

  const variables = built.filter((n) => n.op === 'Variable');
  const randomUsed = new Set(variables.some((n) => n.opSeed !== undefined) ? ['initialValues'] : []);
  const dropouts = inModel.filter((n) => n.op === 'Dropout');
  const lines: string[] = [
    `// ${[doc.meta.title, doc.meta.description].filter(Boolean).join(': ').replace(/\n/g, ' ')}`,
    "// Exported from Flowboard: builds the graph with TensorFlow.js and trains it as Flowboard's Trainer does",
    '// (the same initial values and dropout masks as TensorFlow draws for the seeds, the same batches). Run it with Node: node <this file>',
    "import * as tf from '@tensorflow/tfjs';",
    '',
    ...(sched ? [`const TOTAL_STEPS = ${sched.totalSteps};`, `const LOG_EVERY = ${sched.logEvery};`, ''] : []),
    `// Variables, each drawn from its initializer; a random one from TensorFlow's kernel seeds (graph seed ${g.graphSeed}, the op's seed).`,
    ...variables.map((n) => `const ${n.ident} = tf.variable(${initializer(n, g.graphSeed)}, ${n.attrs.trainable !== false}, ${JSON.stringify(n.name)});`),
  ];
  if (dropouts.length > 0) {
    randomUsed.add('dropout');
    lines.push('', '/** Each Dropout\'s generator: its kernel seeds and how far training runs have moved it. */', 'const streams = {');
    for (const n of dropouts) {
      const [seed, seed2] = getSeed(g.graphSeed, n.opSeed!);
      lines.push(`  ${JSON.stringify(n.name)}: { seed: ${seed}, seed2: ${seed2}, position: 0 },`);
    }
    lines.push('};');
  }
  const constants = built.filter((n) => n.op === 'Constant');
  if (constants.length > 0) lines.push('', '// Constants.', ...constants.map((n) => `const ${n.ident} = ${tfjsConstant(n)};`));
  if (g.loss && !built.includes(g.loss)) throw new ExportError(`the loss "${g.loss.name}" needs a Placeholder the session binds no data to; bind data to it first`, g.loss.id);
  lines.push('', '// The data bound in the session, one tensor per Placeholder.', ...dataLines(g, 'const data = {', feeds));
  lines.push(...(session.evalFeeds ? ['// The evaluation data, over the training data.', ...dataLines(g, 'const evalData = { ...data,', session.evalFeeds)] : ['const evalData = data;']));
  if (skipped.length > 0) lines.push('', `// Not built: ${skipped.map((n) => n.name).join(', ')} (a Placeholder they need has no data in the session).`);
  lines.push(
    '',
    `/** The forward graph: every node computed from the fed placeholders.${dropouts.length > 0 ? ' A training run moves the dropout streams on; other runs draw the masks the next step will.' : ''} */`,
    'function model(feeds, training) {',
    ...modelBody,
    `  return { ${inModel.map((n) => n.ident).join(', ')} };`,
    '}',
  );
  const used = [...helpers].filter((h) => h in TFJS_HELPERS).sort();
  if (used.length > 0) lines.push('', ...used.map((h) => TFJS_HELPERS[h]).join('\n\n').split('\n'));
  if (batching && !batching.fullBatch) randomUsed.add('permutation');
  if (randomUsed.size > 0) lines.push('', ...randomHelpers(randomUsed).join('\n\n').split('\n'));
  if (batching) lines.push('', ...batching.lines, '', ...trainingLines(g, logged));
  else lines.push('', ...runLines(g, built));
  return `${lines.join('\n')}\n`;
}

/** The initial value as Flowboard's runtime/initialize.ts draws it: a random kind with TF's kernel seeds. */
function initializer(n: ExportNode, graphSeed: number): string {
  const spec = n.attrs.initializer as InitializerSpec;
  const s = JSON.stringify(n.attrs.shape as number[]);
  switch (spec.kind) {
    case 'zeros':
      return `tf.zeros(${s})`;
    case 'ones':
      return `tf.ones(${s})`;
    case 'constant':
      return `tf.fill(${s}, ${spec.value})`;
  }
  const [seed, seed2] = getSeed(graphSeed, n.opSeed!);
  const params = spec.kind === 'randomNormal' || spec.kind === 'truncatedNormal' ? `, ${spec.mean}, ${spec.stddev}` : spec.kind === 'randomUniform' ? `, ${spec.min}, ${spec.max}` : '';
  return `tf.tensor(initialValues('${spec.kind}', ${s}, ${seed}, ${seed2}${params}), ${s}, 'float32')`;
}

function dataLines(g: ExportGraph, opening: string, bindings: Record<string, DataBinding>): string[] {
  const entries = Object.entries(bindings).map(([id, b]) => {
    const p = g.byId.get(id)!;
    const value = (b as Extract<DataBinding, { kind: 'inline' }>).value;
    return `  ${p.ident}: tf.tensor(${jsLiteral(value, '  ')}, ${JSON.stringify(nestedShape(value))}, '${p.attrs.dtype as string}'),`;
  });
  return [opening, ...entries, '};'];
}

/** Which placeholders take mini-batches, and the code that cuts step k's batch as Flowboard's Batcher does. */
function batchingOf(g: ExportGraph, feeds: Record<string, DataBinding>): { batchesPerEpoch: number; fullBatch: boolean; lines: string[] } {
  const batched = Object.entries(feeds).filter(([id, b]) => b.kind === 'inline' && isBatched(g, g.byId.get(id)!, b.value));
  const examples = batched.length > 0 ? ((feeds[batched[0][0]] as { value: NestedNumbers[] }).value.length) : 1;
  const batcher = new Batcher(examples, g.session!.batchSize, g.graphSeed);
  if (batched.length === 0 || batcher.fullBatch)
    return { batchesPerEpoch: batcher.batchesPerEpoch, fullBatch: true, lines: ['/** Every step sees all the data. */', 'function feedsAt() {', '  return { feeds: data, dispose() {} };', '}'] };
  const keys = batched.map(([id]) => g.byId.get(id)!.ident);
  return {
    batchesPerEpoch: batcher.batchesPerEpoch,
    fullBatch: false,
    lines: [
      `const EXAMPLES = ${examples};`,
      `const BATCH_SIZE = ${batcher.batchSize};`,
      `const BATCHES_PER_EPOCH = ${batcher.batchesPerEpoch};`,
      '',
      `/** NumPy's RandomState(${shuffleSeed(g.graphSeed)}): each epoch's order is its next permutation, as Flowboard's batches are. */`,
      `const rng = randomState(${shuffleSeed(g.graphSeed)});`,
      'let orderEpoch = -1;',
      'let order;',
      '/** The examples of step k: every epoch visits all of them once, in the next order the generator gives. */',
      'function batchIndices(step) {',
      '  const epoch = Math.floor(step / BATCHES_PER_EPOCH);',
      '  for (; orderEpoch < epoch; orderEpoch++) order = permutation(rng, EXAMPLES);',
      '  const start = (step % BATCHES_PER_EPOCH) * BATCH_SIZE;',
      '  return order.subarray(start, Math.min(start + BATCH_SIZE, EXAMPLES));',
      '}',
      '',
      '/** The feeds of one step: a mini-batch of the batched data, the rest whole. */',
      'function feedsAt(step) {',
      "  const rows = tf.tensor1d(batchIndices(step), 'int32');",
      `  const feeds = { ...data, ${keys.map((k) => `${k}: tf.gather(data.${k}, rows)`).join(', ')} };`,
      `  return { feeds, dispose: () => tf.dispose([rows, ${keys.map((k) => `feeds.${k}`).join(', ')}]) };`,
      '}',
    ],
  };
}

function trainingLines(g: ExportGraph, logged: ExportNode[]): string[] {
  const loss = g.loss!.ident;
  const train = g.train!;
  const report = logged.map((n, i) => `  ${label(g, n)} \${format(values[${i + 1}])}`).join('');
  const evaluated = [g.loss!, ...logged.filter((n) => n !== g.loss)];
  const fetchedLoss = g.session!.fetches.some((f) => f.node === g.loss!.id && f.role !== 'prediction');
  return [
    `const optimizer = ${OPTIMIZERS[train.attrs.optimizer as string](train.attrs)};`,
    '/** The trainable variables the loss depends on: what the optimizer updates. */',
    `const trained = [${g.trained.map((n) => n.ident).join(', ')}];`,
    '',
    'const format = (x) => Number(x.toPrecision(5)).toString();',
    '/** The mean of each logged value on this step\'s batch, before the update. */',
    'function logged(feeds) {',
    '  const values = tf.tidy(() => {',
    '    const out = model(feeds, false);',
    `    return [${[loss, ...logged.map((n) => n.ident)].map((id) => `tf.mean(out.${id})`).join(', ')}];`,
    '  });',
    '  const numbers = values.map((v) => v.dataSync()[0]);',
    '  tf.dispose(values);',
    '  return numbers;',
    '}',
    '',
    'let lastLoss;',
    'for (let step = 0; step < TOTAL_STEPS; step++) {',
    '  const { feeds, dispose } = feedsAt(step);',
    '  if (step % LOG_EVERY === 0 || step === TOTAL_STEPS - 1) {',
    '    const values = logged(feeds);',
    '    lastLoss = values[0];',
    `    console.log(\`step \${step}  loss \${format(values[0])}${report}\`);`,
    '  }',
    '  // A loss with several elements is minimised as their sum, as TF1 does.',
    `  optimizer.minimize(() => tf.sum(model(feeds, true).${loss}), false, trained);`,
    '  dispose();',
    '}',
    'console.log(`final loss ${lastLoss}`);',
    '',
    '// The logged values on the evaluation data (all the data unless the session has evaluation feeds).',
    'const evaluation = logged(evalData);',
    ...evaluated.map((n, i) => (n === g.loss && !fetchedLoss ? '' : `console.log(\`${label(g, n)} = \${evaluation[${i}]}\`);`)).filter(Boolean),
  ];
}

/** Without a train node: one run of the session's fetches, printed as `flowboard run` prints them. */
function runLines(g: ExportGraph, built: ExportNode[]): string[] {
  const fetched = g.session!.fetches.map((f) => g.byId.get(f.node)!).filter((n) => built.includes(n));
  return [
    '// One run of the session\'s fetches, like TF1\'s sess.run(fetches, feed_dict).',
    'const out = model(evalData, false);',
    // Variables and Constants live outside the model; everything else is in its output.
    ...fetched.map((n) => `console.log(\`${label(g, n)} = \${JSON.stringify(${n.op === 'Constant' || n.op === 'Variable' ? n.ident : `out.${n.ident}`}.arraySync())}\`);`),
  ];
}

/** The fetch's label (the node's name unless the session gives one), safe inside a template literal. */
function label(g: ExportGraph, n: ExportNode): string {
  const text = g.session?.fetches.find((f) => f.node === n.id)?.label ?? n.name;
  return text.replace(/[`\\]/g, '_').replace(/\$\{/g, '$_{');
}
