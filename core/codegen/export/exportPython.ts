/**
 * A graph as a TF1 course-style Python program (`tensorflow.compat.v1`):
 * the data bound in the session, placeholders, variables and ops one per
 * line, then `with tf.Session() as sess:` running the training loop with its
 * feed_dict (steps, or epochs of shuffled mini-batches), the logged values,
 * and the evaluation. `importPython` reads it back to the same graph.
 */
import { shuffleSeed } from '../../data/batcher.ts';
import type { DataBinding, DatasetSplit, GraphDocument, NestedNumbers } from '../../graph/document.ts';
import { OPTIMIZER_SETTINGS, type OptimizerKind } from '../../ops/optimizerAttrs.ts';
import { ExportError, generatedDataset } from './exportError.ts';
import { ancestors, type ExportGraph, exportGraph, type ExportNode, isBatched } from './exportGraph.ts';
import { pyLiteral, pyNumber } from './literals.ts';
import { MNIST_DEFAULT_DIR, mnistLoader } from './mnistPython.ts';
import { pyString, pythonExpression } from './pythonOps.ts';
import { type PythonWeights, WEIGHTS_IMPORTS, WEIGHTS_OWN, weightsLoader, weightsRestore } from './weightsPython.ts';

/** Names the generated program uses for itself. */
const OWN = ['tf', 'np', 'os', 'sess', 'step', 'epoch', 'start', 'order', 'batch', 'batch_size', 'learning_rate', 'mnist', 'read_data_sets', 'total_batch', 'batch_images', 'batch_labels', 'values', 'rng'];

/** TF1's keyword for each optimizer setting. */
const KEYWORDS: Record<string, string> = {
  learningRate: 'learning_rate', momentum: 'momentum', useNesterov: 'use_nesterov', initialAccumulatorValue: 'initial_accumulator_value',
  rho: 'rho', epsilon: 'epsilon', decay: 'decay', rmsMomentum: 'momentum', rmsEpsilon: 'epsilon', centered: 'centered', beta1: 'beta1', beta2: 'beta2',
};
const DEFAULTS: Record<string, number | boolean> = { useNesterov: false, initialAccumulatorValue: 0.1, rho: 0.95, epsilon: 1e-8, decay: 0.9, rmsMomentum: 0, rmsEpsilon: 1e-10, centered: false, beta1: 0.9, beta2: 0.999 };

/** The program's text; throws ExportError when the graph cannot be written as TF1 Python. With `weights`, it starts from the weights in that file. */
export function exportPython(doc: GraphDocument, options: { weights?: PythonWeights } = {}): string {
  const g = exportGraph(doc, options.weights ? [...OWN, ...WEIGHTS_OWN] : OWN);
  const lines: string[] = [...header(doc, g, options.weights !== undefined)];
  const data = dataLines(g);
  lines.push(...data.lines);
  const rate = g.nodes.filter((n) => n.op === 'Minimize').length === 1 ? g.train?.attrs.learningRate : undefined;
  if (rate !== undefined) lines.push(`learning_rate = ${pyNumber(rate as number)}`, '');
  for (const n of g.nodes) lines.push(`${n.ident} = ${n.op === 'Minimize' ? minimizeExpression(n, rate !== undefined) : pythonExpression(n)}`);
  lines.push('', ...sessionLines(g, data.names, options.weights));
  return `${lines.join('\n')}\n`;
}

/** The Python name the exported program gives each node, by node id. */
export function pythonNames(doc: GraphDocument): Map<string, string> {
  return new Map(exportGraph(doc, OWN).nodes.map((n) => [n.id, n.ident]));
}

function header(doc: GraphDocument, g: ExportGraph, weights: boolean): string[] {
  const about = [doc.meta.title, doc.meta.description].filter(Boolean).join(': ');
  const imports = weights ? WEIGHTS_IMPORTS : usesDataset(doc) ? ['import os', ''] : [];
  const out = [`# ${about.replace(/\n/g, ' ')}`, '# Exported from Flowboard as TF1 course-style Python.', ...imports, 'import numpy as np', 'import tensorflow.compat.v1 as tf'];
  if (weights) out.push(...weightsLoader());
  // A sweep is Flowboard's experiment over copies of the graph, not TF1 code: said once, not translated.
  if (doc.session?.sweep) out.push(`# The document's sweep (${doc.session.sweep.axes.length} axes x ${doc.session.sweep.seeds} seeds) is not exported: run it with flowboard sweep.`);
  out.push('', 'tf.disable_v2_behavior()');
  // With the graph seed and each random op's seed= TF draws what Flowboard draws (Flowboard's graph seed is 0 when the session has none).
  if (doc.session?.seed !== undefined || g.nodes.some((n) => n.opSeed !== undefined)) out.push(`tf.set_random_seed(${g.graphSeed})`);
  out.push('');
  return out;
}

function usesDataset(doc: GraphDocument): boolean {
  return [...Object.values(doc.session?.feeds ?? {}), ...Object.values(doc.session?.evalFeeds ?? {})].some((b) => b.kind === 'dataset');
}

/** TF1's attribute of `read_data_sets`' result for each MNIST split (`train` is TF1's train with validation_size=0). */
const TF1_SPLIT: Record<DatasetSplit, 'train' | 'validation' | 'test'> = { train: 'train', test: 'test', 'train-55k': 'train', 'validation-5k': 'validation' };

/** The MNIST loader and the `read_data_sets` call giving the splits: TF1 holds out 5,000 training images unless told not to. */
function readDataSets(splits: DatasetSplit[]): string[] {
  const all = splits.includes('train');
  if (all && splits.some((s) => s === 'train-55k' || s === 'validation-5k'))
    throw new ExportError("the graph uses all 60,000 MNIST training images and TF1's 55,000/5,000 split of them; one read_data_sets call gives one or the other, so bind every training placeholder to the same kind of split");
  return [...mnistLoader(), `mnist = read_data_sets(${pyString(MNIST_DEFAULT_DIR)}, one_hot=True${all ? ', validation_size=0' : ''})`];
}

/** `X_data = np.array([...], dtype=np.float32)` per bound placeholder (and `X_eval` for evaluation data). */
function dataLines(g: ExportGraph): { lines: string[]; names: Map<string, string> } {
  const lines: string[] = [];
  const names = new Map<string, string>();
  const bindings: [string, DataBinding, string][] = [
    ...Object.entries(g.session?.feeds ?? {}).map(([id, b]) => [id, b, 'data'] as [string, DataBinding, string]),
    ...Object.entries(g.session?.evalFeeds ?? {}).map(([id, b]) => [id, b, 'eval'] as [string, DataBinding, string]),
  ];
  for (const [id, b] of bindings) if (b.kind === 'dataset' && b.name !== 'mnist') throw new ExportError(generatedDataset(g.byId.get(id)!.name, b.name), id);
  const splits = bindings.flatMap(([, b]) => (b.kind === 'dataset' ? [b.split] : []));
  if (splits.length > 0) lines.push(...readDataSets(splits));
  for (const [id, binding, suffix] of bindings) {
    const p = g.byId.get(id)!;
    const key = `${id}:${suffix}`;
    if (binding.kind === 'dataset') {
      names.set(key, `mnist.${TF1_SPLIT[binding.split]}.${binding.field}`);
      continue;
    }
    if (binding.kind === 'csv') throw new ExportError(`Placeholder "${p.name}" is bound to the CSV file ${binding.path}; load it into the graph first (flowboard export does this for you)`, id);
    const name = `${p.ident}_${suffix}`;
    names.set(key, name);
    lines.push(`${name} = ${dataLiteral(binding.value, p.attrs.dtype as string)}`);
  }
  if (lines.length > 0) lines.push('');
  return { lines, names };
}

function dataLiteral(value: NestedNumbers, dtype: string): string {
  if (!Array.isArray(value)) return pyLiteral(value, dtype === 'float32');
  const np = dtype === 'int32' ? 'np.int32' : dtype === 'bool' ? 'np.bool_' : 'np.float32';
  return `np.array(${pyLiteral(value, dtype === 'float32', '')}, dtype=${np})`;
}

/** `tf.train.AdamOptimizer(learning_rate=learning_rate, beta1=0.8).minimize(cost)`: the settings the optimizer reads that differ from TF1's defaults. */
function minimizeExpression(n: ExportNode, sharedRate: boolean): string {
  const kind = n.attrs.optimizer as OptimizerKind;
  const args = OPTIMIZER_SETTINGS[kind]
    .filter((key) => key === 'learningRate' || (kind === 'Momentum' && key === 'momentum') || n.attrs[key] !== DEFAULTS[key])
    .map((key) => {
      const v = n.attrs[key] as number | boolean;
      const text = key === 'learningRate' && sharedRate ? 'learning_rate' : typeof v === 'boolean' ? (v ? 'True' : 'False') : pyNumber(v);
      return `${KEYWORDS[key]}=${text}`;
    });
  const name = n.ident === n.name ? '' : `name=${pyString(n.name)}`;
  return `tf.train.${kind}Optimizer(${args.join(', ')}).minimize(${[n.inputs.loss as string, ...(name ? [name] : [])].join(', ')})`;
}

/** The `with tf.Session() as sess:` block. */
function sessionLines(g: ExportGraph, data: Map<string, string>, weights: PythonWeights | undefined): string[] {
  const out = ['with tf.Session() as sess:'];
  const body: string[] = [];
  if (g.nodes.some((n) => n.op === 'Variable')) body.push('sess.run(tf.global_variables_initializer())');
  if (weights) body.push(...weightsRestore(g, weights));
  const fetches = (g.session?.fetches ?? []).map((f) => ({ node: g.byId.get(f.node)!, role: f.role })).filter((f) => f.node);
  const logged = fetches.filter((f) => f.role !== 'prediction').map((f) => f.node);
  if (g.train && g.session) body.push(...trainingLoop(g, data, logged));
  const evalFeed = (need: ExportNode) => feedDict(g, data, need, true);
  for (const f of fetches) {
    if (g.train && f.role === 'loss' && !g.session?.evalFeeds) continue;
    body.push(`print(${pyString(f.node.name)}, sess.run(${f.node.ident}${evalFeed(f.node)}))`);
  }
  if (body.length === 0) body.push('pass');
  return [...out, ...body.map((l) => `    ${l}`)];
}

/** `, feed_dict={X: X_data, ...}` with the placeholders `need` depends on (evaluation data over training data when `evaluate`). */
function feedDict(g: ExportGraph, data: Map<string, string>, need: ExportNode | ExportNode[], evaluate: boolean, batched?: (p: ExportNode) => string | undefined): string {
  const deps = new Set<string>();
  for (const n of Array.isArray(need) ? need : [need]) for (const id of ancestors(g, n.id)) deps.add(id);
  const entries: string[] = [];
  for (const n of g.nodes) {
    if (n.op !== 'Placeholder' || !deps.has(n.id)) continue;
    const value = batched?.(n) ?? (evaluate ? data.get(`${n.id}:eval`) : undefined) ?? data.get(`${n.id}:data`);
    if (value === undefined) throw new ExportError(`"${n.name}" needs Placeholder "${n.name}" fed, and the session binds no data to it; bind data to it first`, n.id);
    entries.push(`${n.ident}: ${value}`);
  }
  return entries.length === 0 ? '' : `, feed_dict={${entries.join(', ')}}`;
}

function trainingLoop(g: ExportGraph, data: Map<string, string>, logged: ExportNode[]): string[] {
  const s = g.session!;
  const train = g.train!;
  const fetched = [...logged, train];
  const targets = [...logged.map((n) => `${n.ident}_val`), '_'];
  const run = (feeds: string) => `${targets.join(', ')} = sess.run([${fetched.map((n) => n.ident).join(', ')}]${feeds})`;
  const report = logged.length > 0 ? `print(${['step', ...logged.map((n) => `${n.ident}_val`)].join(', ')})` : 'print(step)';
  if (s.epochs !== undefined) return epochLoop(g, data, fetched, run, logged);
  if (s.steps === undefined) throw new ExportError('the session says neither how many steps nor how many epochs to train; set one of them');
  const batchedFeeds = batchedPlaceholders(g);
  if (s.batchSize !== undefined && batchedFeeds.length > 0)
    throw new ExportError('mini-batches counted in steps are not exported to Python; count them in epochs (set epochs instead of steps)');
  const lines = [`for step in range(${s.steps}):`, `    ${run(feedDict(g, data, fetched, false))}`];
  if (s.logEvery !== undefined) lines.push(`    if step % ${s.logEvery} == 0:`, `        ${report}`);
  else lines.push(`    if step == ${s.steps - 1}:`, `        ${report}`);
  return lines;
}

/** Placeholders whose data is split into mini-batches. */
function batchedPlaceholders(g: ExportGraph): ExportNode[] {
  return Object.entries(g.session?.feeds ?? {})
    .map(([id, b]) => ({ p: g.byId.get(id)!, b }))
    .filter(({ p, b }) => b.kind === 'dataset' || (b.kind === 'inline' && isBatched(g, p, b.value)))
    .map(({ p }) => p);
}

function epochLoop(g: ExportGraph, data: Map<string, string>, fetched: ExportNode[], run: (feeds: string) => string, logged: ExportNode[]): string[] {
  const s = g.session!;
  const batched = batchedPlaceholders(g);
  const size = s.batchSize;
  if (size === undefined || batched.length === 0) throw new ExportError('epochs without a batch size and batched data are not exported to Python; set a batch size');
  const datasets = batched.filter((p) => s.feeds[p.id].kind === 'dataset');
  // Flowboard's batches: each epoch a permutation from one RandomState seeded with the graph seed (core/data/batcher.ts).
  const lines = [`batch_size = ${size}`, `rng = np.random.RandomState(${shuffleSeed(g.graphSeed)})`, `for epoch in range(${s.epochs}):`];
  const report = `    print(${['epoch', ...logged.map((n) => `${n.ident}_val`)].join(', ')})`;
  if (datasets.length > 0) {
    if (datasets.length !== batched.length) throw new ExportError('mini-batches that mix MNIST with other data are not exported to Python');
    // Several Placeholders may take the same field (an ensemble's models each have an X): each is fed the same batch, as the Trainer feeds them.
    const field = (p: ExportNode) => (datasets.includes(p) ? (s.feeds[p.id] as Extract<DataBinding, { kind: 'dataset' }>).field : undefined);
    const bound = (p: ExportNode) => (field(p) === 'images' ? 'batch_images' : field(p) === 'labels' ? 'batch_labels' : undefined);
    const splits = new Set(datasets.map((p) => (s.feeds[p.id] as Extract<DataBinding, { kind: 'dataset' }>).split));
    if (splits.size !== 1) throw new ExportError(`mini-batches drawn from two MNIST splits (${[...splits].join(' and ')}) are not exported to Python: next_batch gives images and labels of one split`);
    const split = `mnist.${TF1_SPLIT[[...splits][0]]}`;
    // Not next_batch: it shuffles with NumPy's global state, in its own order.
    lines.push(`    order = rng.permutation(${split}.num_examples)`, `    for start in range(0, ${split}.num_examples, batch_size):`, '        batch = order[start:start + batch_size]');
    lines.push(`        batch_images, batch_labels = ${split}.images[batch], ${split}.labels[batch]`);
    lines.push(`        ${run(feedDict(g, data, fetched, false, bound))}`, report);
    return lines;
  }
  const first = data.get(`${batched[0].id}:data`)!;
  lines.push(`    order = rng.permutation(len(${first}))`, `    for start in range(0, len(${first}), batch_size):`, '        batch = order[start:start + batch_size]');
  const slice = (p: ExportNode) => (batched.includes(p) ? `${data.get(`${p.id}:data`)}[batch]` : undefined);
  lines.push(`        ${run(feedDict(g, data, fetched, false, slice))}`, report);
  return lines;
}
