/**
 * `flowboard run FILE --fetch NAME`: one TF1 `sess.run(fetches, feed_dict)`.
 * Placeholders get the session's inline data unless a --feed overrides it.
 */
import type * as tf from '@tensorflow/tfjs-core';
import { formatDiagnostic } from '../../core/graph/diagnostics.ts';
import type { GraphDocument, NestedNumbers } from '../../core/graph/document.ts';
import { type BackendName, useBackend } from '../../core/runtime/backend.ts';
import { RunError } from '../../core/runtime/runError.ts';
import { type FeedMap, Session } from '../../core/runtime/session.ts';
import { helpText, type OptionSpecs, parseCommandArgs } from '../args.ts';
import { CliError, UsageError } from '../cliError.ts';
import type { Command } from '../command.ts';
import { formatValue, hasNonFinite, type PlainValue, plainValue } from '../formatValue.ts';
import { loadGraphFile } from '../graphFile.ts';
import { loadWeightsFile } from '../weightsFile.ts';
import { matchCheckpoint } from '../../core/checkpoint/matchCheckpoint.ts';
import { restoreSessionState } from '../../core/runtime/sessionState.ts';
import { MEMORY_BUDGET_OPTION, memoryBudgetOf } from '../memoryBudget.ts';

const OPTIONS = {
  fetch: { type: 'string', multiple: true, value: 'NAME', description: 'Node to compute, by name or id; NAME:OUTPUT picks one output.' },
  feed: { type: 'string', multiple: true, value: 'NAME=JSON', description: "Value for a Placeholder: a number or nested list, e.g. 'x=[[1,2],[3,4]]'." },
  backend: { type: 'string', value: 'NAME', choices: ['wasm', 'cpu'], description: 'TensorFlow.js backend: wasm (default, falls back to cpu) or cpu.' },
  seed: { type: 'string', value: 'N', description: "Graph seed (TF1's tf.set_random_seed) for the Variables' initial values, as TensorFlow draws them (default: the session seed, or 0)." },
  json: { type: 'boolean', description: 'Print exactly {"fetches": {NAME: value}} on stdout.' },
  'load-weights': { type: 'string', value: 'IN', description: 'Run on the trained weights in IN (a .weights.json file, or a .flow.json that keeps weights) instead of the initializers. Refused, naming the variables, when IN is from another graph.' },
  'memory-budget': MEMORY_BUDGET_OPTION,
} as const satisfies OptionSpecs;

export const runCommand: Command = {
  name: 'run',
  summary: 'Run a graph once: feed placeholders, print the fetched values.',
  help: helpText({
    usage: ['flowboard run FILE --fetch NAME [--fetch NAME ...] [--feed NAME=JSON ...] [--backend wasm|cpu] [--seed N] [--json] [--load-weights IN] [--memory-budget SIZE]'],
    description:
      "Runs the graph in FILE once, like TF1's sess.run(fetches, feed_dict), and prints each fetched value.\n" +
      'Placeholders are fed the inline data bound to them in the session; --feed overrides it (CSV and dataset\n' +
      'bindings are not read by run: feed those placeholders with --feed). Quote JSON for the shell.',
    options: OPTIONS,
    examples: [
      'flowboard run samples/hello.flow.json --fetch sum                              # sum = 7',
      'flowboard run samples/hello.flow.json --fetch adder --feed a=3 --feed b=4.5    # adder = 7.5',
      "flowboard run samples/hello.flow.json --fetch adder --feed 'a=[1,3]' --feed 'b=[2,4]' --json",
    ],
  }),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('run', args, OPTIONS, ['FILE']);
    const fetches = values.fetch ?? [];
    if (fetches.length === 0) throw new UsageError('say what to compute with --fetch NAME (a node name such as sum), once per node');
    const feedArgs = (values.feed ?? []).map(parseFeed);
    const seed = values.seed === undefined ? undefined : parseSeed(values.seed);
    const memoryBudget = memoryBudgetOf(values['memory-budget']);

    const { document, analysis, diagnostics } = await loadGraphFile(positionals.FILE, io.stdin, memoryBudget);
    if (!document || !analysis) {
      const shown = diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d));
      throw new CliError(`${positionals.FILE} is not a usable graph:\n${shown.join('\n')}`);
    }
    const weights = values['load-weights'];
    const restore = weights === undefined ? undefined : await loadWeightsFile(weights);
    const match = restore && matchCheckpoint(analysis, restore);
    if (match && !match.ok) throw new CliError(`--load-weights ${weights}: ${match.message}`);
    const backend = await useBackend((values.backend ?? 'wasm') as BackendName, 'cpu');
    // stdout stays pure JSON under --json; the backend note is for people.
    if (!values.json) io.stderr(`backend: ${backend}\n`);
    if (restore && !values.json) io.stderr(`loaded ${restore.variables.size} variables from ${weights} (trained ${restore.step} steps)\n`);
    if (match?.ok && !values.json) for (const note of match.notes) io.stderr(`note: ${note}\n`);

    const session = new Session(analysis, { backend, seed: seed ?? document.session?.seed ?? 0, memoryBudget });
    let results: PlainValue[];
    try {
      if (restore) restoreSessionState(session, restore);
      const feeds = inlineFeeds(document, session);
      for (const { name, value } of feedArgs) {
        const id = placeholderId(session, name);
        refuseBooleans(session, id, name, value);
        feeds[id] = value;
      }
      results = await fetchValues(session, fetches, feeds);
    } finally {
      session.dispose();
    }

    if (values.json) {
      const named = Object.fromEntries(fetches.map((name, i) => [name, results[i]]));
      fetches.forEach((name, i) => {
        if (hasNonFinite(results[i])) io.stderr(`note: "${name}" holds NaN or Infinity, which JSON writes as null\n`);
      });
      io.stdout(`${JSON.stringify({ fetches: named })}\n`);
    } else {
      fetches.forEach((name, i) => io.stdout(`${name} = ${formatValue(results[i], name.length + 3)}\n`));
    }
    return 0;
  },
};

/** Splits NAME=JSON; the value's shape and type are checked against the Placeholder when the session feeds it. */
function parseFeed(arg: string): { name: string; value: NestedNumbers } {
  const eq = arg.indexOf('=');
  if (eq <= 0) throw new UsageError(`--feed needs NAME=JSON, e.g. --feed a=3 or --feed 'x=[[1,2]]'; got "${arg}"`);
  const name = arg.slice(0, eq);
  const text = arg.slice(eq + 1);
  try {
    return { name, value: JSON.parse(text) as NestedNumbers };
  } catch (e) {
    throw new UsageError(`--feed ${name}: "${text}" is not valid JSON (${(e as Error).message}); write a number or a nested list such as [[1,2],[3,4]]`);
  }
}

function parseSeed(text: string): number {
  if (!/^-?\d{1,15}$/.test(text)) throw new UsageError(`--seed must be a whole number, got "${text}"`);
  return Number(text);
}

/** The session's inline data, by placeholder id; bindings to missing or non-Placeholder nodes are validate's to report. */
function inlineFeeds(doc: GraphDocument, session: Session): FeedMap {
  const feeds: FeedMap = {};
  for (const [id, binding] of Object.entries(doc.session?.feeds ?? {})) {
    if (binding.kind === 'inline' && session.analysis.index.nodes.get(id)?.node.op === 'Placeholder') feeds[id] = binding.value;
  }
  return feeds;
}

function placeholderId(session: Session, name: string): string {
  const ref = session.resolve(name);
  const node = session.analysis.index.nodes.get(ref.node)!.node;
  if (node.op !== 'Placeholder') throw new RunError(`--feed ${name}: "${node.name}" is ${/^[AEIOU]/.test(node.op) ? 'an' : 'a'} ${node.op} node, and only Placeholders can be fed; feed one of the graph's Placeholders instead`, node.id);
  return node.id;
}

/** JSON's true and false would become 1 and 0 in a number Placeholder without a word: refuse them there. */
function refuseBooleans(session: Session, id: string, name: string, value: NestedNumbers): void {
  const dtype = session.analysis.types.get(id)?.[0]?.dtype;
  if (dtype === undefined || dtype === 'bool' || !hasBoolean(value)) return;
  const node = session.analysis.index.nodes.get(id)!.node;
  throw new UsageError(`--feed ${name}: "${node.name}" is a ${dtype} Placeholder, and true and false are not numbers; write 1 or 0`);
}

function hasBoolean(value: unknown): boolean {
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'boolean') return true;
    if (Array.isArray(v)) for (const item of v) stack.push(item);
  }
  return false;
}

async function fetchValues(session: Session, fetches: string[], feeds: FeedMap): Promise<PlainValue[]> {
  const tensors: tf.Tensor[] = session.run(fetches, feeds);
  try {
    return await Promise.all(tensors.map(async (t) => plainValue((await t.array()) as number, t.dtype)));
  } finally {
    for (const t of tensors) t.dispose();
  }
}
