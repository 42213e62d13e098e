/**
 * `flowboard gradcheck FILE`: checks the gradients autodiff builds for a graph
 * against central differences, one row per variable. Exit 1 when any
 * variable's largest relative error exceeds 1e-3.
 */
import { GRADCHECK_TOLERANCE, type GradcheckResult, gradcheck } from '../../core/autodiff/gradcheck.ts';
import { formatDiagnostic } from '../../core/graph/diagnostics.ts';
import { type BackendName, useBackend } from '../../core/runtime/backend.ts';
import { resolveTensor } from '../../core/runtime/resolve.ts';
import { helpText, type OptionSpecs, parseCommandArgs } from '../args.ts';
import { CliError, UsageError } from '../cliError.ts';
import type { Command } from '../command.ts';
import { loadGraphFile } from '../graphFile.ts';
import { MEMORY_BUDGET_OPTION, memoryBudgetOf } from '../memoryBudget.ts';

const OPTIONS = {
  loss: { type: 'string', value: 'NAME', description: 'The loss node, by name or id (default: the session fetch with role "loss").' },
  backend: { type: 'string', value: 'NAME', choices: ['wasm', 'cpu'], description: 'TensorFlow.js backend: wasm (default, falls back to cpu) or cpu.' },
  seed: { type: 'string', value: 'S', description: 'Seed for the Variable initializers and the sampled elements (default: the session seed, or 0).' },
  json: { type: 'boolean', description: 'Print {"ok", "tolerance", "loss", "variables": [...], "notes": [...]} instead of a table.' },
  'memory-budget': MEMORY_BUDGET_OPTION,
} as const satisfies OptionSpecs;

export const gradcheckCommand: Command = {
  name: 'gradcheck',
  summary: 'Check the graph\'s gradients against central differences.',
  help: helpText({
    usage: ['flowboard gradcheck FILE [--loss NAME] [--backend wasm|cpu] [--seed S] [--json] [--memory-budget SIZE]'],
    description:
      'Differentiates the loss of the graph in FILE, runs the backward nodes, and compares each variable\'s gradient\n' +
      'with central differences of the loss, at the variables\' initial values and the session\'s inline feeds.\n' +
      `Prints the largest relative error per variable; exits 1 when any exceeds ${GRADCHECK_TOLERANCE}. Large variables\n` +
      'are checked on 20 elements drawn with the seed. Disagreement within the numerical gradient\'s float32 precision\n' +
      'counts as 0. A ReLU exactly at its kink can fail without a bug.',
    options: OPTIONS,
    examples: ['flowboard gradcheck samples/xor-nn.flow.json', 'flowboard gradcheck my-graph.flow.json --loss cost --seed 3 --json'],
  }),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('gradcheck', args, OPTIONS, ['FILE']);
    const seed = values.seed === undefined ? undefined : parseSeed(values.seed);
    const memoryBudget = memoryBudgetOf(values['memory-budget']);
    const { document, analysis, diagnostics } = await loadGraphFile(positionals.FILE, io.stdin, memoryBudget);
    if (!document || !analysis) {
      const shown = diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d));
      throw new CliError(`${positionals.FILE} is not a usable graph:\n${shown.join('\n')}`);
    }
    if (values.loss === undefined && !document.session?.fetches.some((f) => f.role === 'loss'))
      throw new CliError(`${positionals.FILE} marks no loss: its session has no fetch with role "loss"; name the loss node with --loss NAME (e.g. --loss cost)`);
    const loss = values.loss === undefined ? undefined : resolveTensor(analysis, values.loss);
    const backend = await useBackend((values.backend ?? 'wasm') as BackendName, 'cpu');
    if (!values.json) io.stderr(`backend: ${backend}\n`);
    const result = await gradcheck(document, { backend, memoryBudget, ...(seed === undefined ? {} : { seed }), ...(loss ? { loss } : {}) });
    const ok = result.variables.every((v) => v.ok);
    const name = (id: string) => document.nodes.find((n) => n.id === id)?.name;
    if (values.json) {
      io.stdout(`${JSON.stringify({ ok, tolerance: GRADCHECK_TOLERANCE, loss: name(result.loss.node), variables: result.variables, notes: result.notes })}\n`);
    } else {
      for (const note of result.notes) io.stdout(`${formatDiagnostic(note, name)}\n`);
      io.stdout(table(result));
      const failed = result.variables.filter((v) => !v.ok).length;
      io.stdout(`${ok ? 'ok' : 'FAILED'}: ${failed} of ${result.variables.length} variables over ${GRADCHECK_TOLERANCE} (loss "${name(result.loss.node)}")\n`);
    }
    return ok ? 0 : 1;
  },
};

/** variable / max relative error (beyond float32 noise) / raw relative error / checked / ok, columns padded to fit. */
function table(result: GradcheckResult): string {
  const rows = [
    ['variable', 'max rel. error', 'raw', 'checked', 'ok'],
    ...result.variables.map((v) =>
      v.maxRelativeError === undefined
        ? [v.name, '-', '-', '-', 'no gradient']
        : [v.name, v.maxRelativeError.toExponential(2), (v.maxRawRelativeError ?? 0).toExponential(2), `${v.checked}/${v.size}`, v.ok ? 'ok' : 'FAIL'],
    ),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => `${r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ')}\n`).join('');
}

function parseSeed(text: string): number {
  if (!/^-?\d{1,15}$/.test(text)) throw new UsageError(`--seed must be a whole number, got "${text}"`);
  return Number(text);
}
