/**
 * `flowboard sweep FILE --set optimizer=GradientDescent,Adam --seeds 5`:
 * trains the graph once per setting and seed, headless, and prints the
 * results table (final metrics per setting: mean, std, min, max, n).
 */
import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { formatDiagnostic } from '../../core/graph/diagnostics.ts';
import type { AttrValue, GraphDocument } from '../../core/graph/document.ts';
import { type BackendName, useBackend } from '../../core/runtime/backend.ts';
import { expandSweep } from '../../core/sweep/expand.ts';
import { layerWidth } from '../../core/sweep/layerWidth.ts';
import { formatResultsTable, resultsTable } from '../../core/sweep/resultsTable.ts';
import { runSweep, type SweepRunResult } from '../../core/sweep/runSweep.ts';
import type { SweepAxis, SweepDefinition } from '../../core/sweep/sweep.ts';
import { helpText, type OptionSpecs, parseCommandArgs } from '../args.ts';
import { CliError, UsageError } from '../cliError.ts';
import type { Command } from '../command.ts';
import { nodeDatasets } from '../datasets.ts';
import { loadGraphFile } from '../graphFile.ts';
import { MEMORY_BUDGET_OPTION, memoryBudgetOf } from '../memoryBudget.ts';
import { runSweepInWorkers } from '../sweepPool.ts';

/** As the app's Run sweep: one run per core but one, at most 8. */
export function defaultJobs(cores = cpus().length): number {
  return Math.max(1, Math.min(8, cores - 1));
}

const OPTIONS = {
  set: { type: 'string', multiple: true, value: 'TARGET=V1,V2', description: 'An axis (one or two): NODE.ATTR, NODE.op, NODE.INPUT over node names (which node feeds it), a session setting (steps, batchSize ...), an attribute only one node has (optimizer), initializer (every weight matrix) or VARIABLE.initializer over initializer kinds, or LAYER.units over widths (a hidden layer\'s Variable, node or name scope). Default: the session\'s sweep.' },
  seeds: { type: 'string', value: 'N', description: 'Runs per setting (default: the session sweep\'s, or 3).' },
  'first-seed': { type: 'string', value: 'S', description: 'Run k uses graph seed S + k (default 1).' },
  steps: { type: 'string', value: 'N', description: 'Train N steps per run (default: the session\'s).' },
  backend: { type: 'string', value: 'NAME', choices: ['wasm', 'cpu'], description: 'TensorFlow.js backend: wasm (default, falls back to cpu) or cpu.' },
  jobs: { type: 'string', value: 'N', description: 'Runs trained at once, each on a worker thread of its own (default: one per core but one, at most 8; 1 trains them one after another in this process).' },
  json: { type: 'boolean', description: 'Print {"settings": [...], "runs": [...], "table": [...]} instead of a text table.' },
  'memory-budget': MEMORY_BUDGET_OPTION,
} as const satisfies OptionSpecs;

export const sweepCommand: Command = {
  name: 'sweep',
  summary: 'Train a graph over settings and seeds and print mean, std, min and max per setting.',
  help: helpText({
    usage: ['flowboard sweep FILE [--set TARGET=V1,V2 [--set TARGET=V1,V2]] [--seeds N] [--first-seed S] [--steps N] [--backend wasm|cpu] [--jobs N] [--json]'],
    description:
      'Trains FILE once per setting of the axes\' grid and per seed (--jobs runs at once), then prints per setting\n' +
      'the final value of each logged fetch (loss, accuracy ...) over the seeds: mean ± std [min, max] and n.\n' +
      'Values are JSON (0.1, true) or words (Adam). Without --set it runs the sweep saved in the session.\n' +
      'initializer=randomNormal,glorotUniform gives every weight matrix (a Variable of rank 2 or more; biases keep\n' +
      'theirs) that initializer; a kind a Variable has keeps its parameters, another takes its defaults.\n' +
      'LAYER.units=2,4,8 sets a hidden layer\'s width and every Variable dimension tied to it (its W columns,\n' +
      'its bias, the next W\'s rows), as shape inference finds them; LAYER is a Variable, a node or a name scope.',
    options: OPTIONS,
    examples: [
      'flowboard sweep samples/xor-nn.flow.json --set optimizer=GradientDescent,Adam --seeds 5',
      'flowboard sweep samples/optimizers.flow.json --json           # the lesson\'s own sweep',
      'flowboard sweep samples/xor-nn.flow.json --set train.learningRate=0.01,0.1,1 --set optimizer=GradientDescent,Adam',
      'flowboard sweep samples/mnist-nn.flow.json --set initializer=randomNormal,glorotUniform --seeds 3   # Xavier vs random_normal',
      'flowboard sweep samples/xor-nn.flow.json --set layer1.units=2,4,8,16 --set W1.initializer=randomNormal,heNormal',
    ],
  }),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('sweep', args, OPTIONS, ['FILE']);
    const file = positionals.FILE;
    const { document, diagnostics } = await loadGraphFile(file, io.stdin, memoryBudgetOf(values['memory-budget']));
    if (!document) throw new CliError(`${file} is not a usable graph:\n${diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d)).join('\n')}`);
    const saved = document.session?.sweep;
    const axes = values.set?.map(parseAxis) ?? saved?.axes;
    if (!axes) throw new UsageError(`${file} has no saved sweep: give an axis, e.g. --set optimizer=GradientDescent,Adam`);
    const sweep: SweepDefinition = {
      axes,
      seeds: values.seeds === undefined ? (values.set ? 3 : saved?.seeds ?? 3) : whole('--seeds', values.seeds, 1),
      firstSeed: values['first-seed'] === undefined ? saved?.firstSeed : whole('--first-seed', values['first-seed'], 0),
    };
    const expanded = expandSweep(document, sweep);
    if (!expanded.ok) throw new UsageError(expanded.message);
    const jobs = Math.min(values.jobs === undefined ? defaultJobs() : whole('--jobs', values.jobs, 1), expanded.runs.length);
    const steps = values.steps === undefined ? undefined : whole('--steps', values.steps, 1);
    const requested = (values.backend ?? 'wasm') as BackendName;
    // With workers each starts its own backend (falling back to cpu as this process would); this one starts none.
    const backend = jobs > 1 ? `${requested} in each worker` : await useBackend(requested, 'cpu');
    const atOnce = jobs > 1 ? `, ${jobs} at a time` : '';
    if (!values.json) io.stderr(`backend: ${backend}; ${expanded.settings.length} settings x ${sweep.seeds} seeds = ${expanded.runs.length} runs${atOnce}\n${tiedShapes(document, axes)}`);
    const started = performance.now();
    const onRun = (r: SweepRunResult, done: number) => {
      if (values.json) return;
      const eta = ((performance.now() - started) / done) * (expanded.runs.length - done) / 1000;
      io.stderr(`run ${done}/${expanded.runs.length}: ${r.setting}, seed ${r.seed}${r.stopped ? `: stopped at ${r.stopped}` : ''} (about ${Math.round(eta)} s left)\n`);
    };
    const results =
      jobs > 1
        ? await runSweepInWorkers(expanded.runs, { jobs, dir: dirname(resolve(file)), backend: requested, ...(steps === undefined ? {} : { steps }), onRun })
        : await runSweep(expanded.runs, {
            backend,
            readText: (path) => readFile(resolve(dirname(file), path), 'utf8'),
            datasets: nodeDatasets(),
            ...(steps === undefined ? {} : { steps }),
            onRun,
          });
    const table = resultsTable(results);
    if (values.json) io.stdout(`${JSON.stringify({ sweep, settings: expanded.settings.map((s) => ({ label: s.label, values: s.values })), runs: results, metrics: table.metrics, table: table.rows })}\n`);
    else io.stdout(`${formatResultsTable(table)}\n`);
    return 0;
  },
};

/** `optimizer=GradientDescent,Adam` as an axis; each value JSON (0.1, true) or a word (Adam). */
export function parseAxis(text: string): SweepAxis {
  const eq = text.indexOf('=');
  if (eq <= 0 || eq === text.length - 1) throw new UsageError(`--set needs TARGET=V1,V2, e.g. optimizer=GradientDescent,Adam; got "${text}"`);
  const values = text.slice(eq + 1).split(',').map((v) => v.trim()).filter(Boolean).map(jsonOrWord);
  return { target: text.slice(0, eq).trim(), values };
}

function jsonOrWord(raw: string): AttrValue {
  try {
    return JSON.parse(raw) as AttrValue;
  } catch {
    return raw;
  }
}

/** For each width axis, the shapes that follow it (`layer1.units changes W1[1], b1[0], W2[0]`), one line each. */
function tiedShapes(doc: GraphDocument, axes: readonly SweepAxis[]): string {
  return axes
    .filter((a) => a.target.endsWith('.units'))
    .map((a) => {
      const layer = layerWidth(doc, a.target.slice(0, -'.units'.length));
      return typeof layer === 'string' ? '' : `${a.target} changes ${layer.dims.map((d) => `${doc.nodes.find((n) => n.id === d.id)!.name}[${d.axis}]`).join(', ')}\n`;
    })
    .join('');
}

function whole(flag: string, text: string, min: number): number {
  if (!/^\d{1,9}$/.test(text) || Number(text) < min) throw new UsageError(`${flag} must be a whole number of at least ${min}, got "${text}"`);
  return Number(text);
}
