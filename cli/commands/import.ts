/**
 * `flowboard import FILE.py -o OUT.flow.json`: TF1 course Python to a graph.
 * Prints every line it did not import (with the reason) and the imported
 * graph's validation. Exit 0 when a graph was written, warnings or not; 1
 * when nothing in the program could be imported.
 */
import { writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { formatImportDiagnostic } from '../../core/codegen/python/importDiagnostic.ts';
import { importPython } from '../../core/codegen/python/importPython.ts';
import { DiagnosticCode as C, formatDiagnostic } from '../../core/graph/diagnostics.ts';
import { saveDocument } from '../../core/graph/save.ts';
import { helpText, type OptionSpecs, parseCommandArgs } from '../args.ts';
import { CliError, UsageError } from '../cliError.ts';
import type { Command } from '../command.ts';
import { readGraphFile, STDIN_PATH } from '../graphFile.ts';
import { MEMORY_BUDGET_OPTION, memoryBudgetOf } from '../memoryBudget.ts';
import { readScriptFiles } from '../scriptFiles.ts';
import { formatBytes } from '../../core/graph/memory.ts';

const OPTIONS = {
  output: { type: 'string', short: 'o', value: 'OUT', description: 'Where to write the graph (default: FILE with .flow.json instead of .py).' },
  title: { type: 'string', value: 'TEXT', description: "The graph's title (default: the file name)." },
  'memory-budget': MEMORY_BUDGET_OPTION,
  json: { type: 'boolean', description: 'Print {"output", "nodes", "diagnostics", "validation"} instead of text.' },
} as const satisfies OptionSpecs;

export const importCommand: Command = {
  name: 'import',
  summary: 'Turn TF1 course Python into a graph file.',
  help: helpText({
    usage: ['flowboard import FILE.py [-o OUT.flow.json] [--title TEXT] [--memory-budget SIZE] [--json]'],
    description:
      'Reads a TF1 program in the style of the course (tf.placeholder, tf.Variable, tf.matmul, operators,\n' +
      'tf.train.*Optimizer(...).minimize(cost), a `for step in range(N)` loop running sess.run with feed_dict)\n' +
      'and writes it as a graph: Python names become node names, numbers and lists become Constants, the\n' +
      "loop's feed_dict, step count and fetches fill the session, and the graph is laid out left to right.\n" +
      "A CSV file the program reads with np.loadtxt or np.genfromtxt is read from the program's folder and\n" +
      'kept in the session, its sliced columns bound to the Placeholders they feed.\n' +
      'Every line it does not import is printed with its line number and the reason; the rest still imports.\n' +
      'The graph is validated as `flowboard validate` does, against the same memory budget.\n' +
      'Exits 0 when a graph was written (even with skipped lines), 1 when nothing could be imported or when\n' +
      "the graph's tensors cannot fit the memory budget (the graph is still written, so you can shrink them).",
    options: OPTIONS,
    examples: [
      'flowboard import xor.py -o xor.flow.json',
      'flowboard import lab-10-mnist.py                       # writes lab-10-mnist.flow.json',
      'flowboard import xor.py --json                          # machine-readable report',
    ],
  }),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('import', args, OPTIONS, ['FILE']);
    const file = positionals.FILE;
    if (file === STDIN_PATH && values.output === undefined) throw new UsageError('reading the program from standard input (-), say where the graph goes with -o OUT.flow.json');
    const output = values.output ?? `${file.replace(/\.py$/i, '')}.flow.json`;
    if (resolve(output) === resolve(file)) throw new UsageError(`-o ${output} would overwrite the Python file; write the graph to a .flow.json file`);
    // Source files are read with the graph-file guards (size, directory, missing file), then decoded here.
    const source = await readGraphFile(file, io.stdin);
    const name = basename(file);
    const memoryBudget = memoryBudgetOf(values['memory-budget']);
    const options = { title: values.title ?? name.replace(/\.py$/i, ''), source: name, memoryBudget };
    let result = importPython(source, options);
    // Data files the program reads (np.loadtxt) come from beside it: read those it asked for, then import again with them.
    const data = await readScriptFiles(file, result.missingFiles);
    if (Object.keys(data.files).length > 0) result = importPython(source, { ...options, readFile: (path) => (Object.hasOwn(data.files, path) ? data.files[path] : undefined) });
    const tooLarge = result.validation.some((d) => d.code === C.TensorTooLarge || d.code === C.MemoryBudget);
    const lines = source.split(/\r\n?|\n/);
    const usable = result.document.nodes.length > 0;
    if (usable) {
      try {
        await writeFile(output, saveDocument(result.document));
      } catch (e) {
        throw new CliError(`cannot write ${output}: ${(e as Error).message}`);
      }
    }
    if (values.json) {
      io.stdout(`${JSON.stringify({ output: usable ? output : null, nodes: result.document.nodes.length, diagnostics: result.diagnostics, validation: result.validation, missingFiles: data.problems })}\n`);
      return usable && !tooLarge ? 0 : 1;
    }
    for (const d of result.diagnostics) io.stdout(`${formatImportDiagnostic(d, { lines, file })}\n`);
    const names = new Map(result.document.nodes.map((n) => [n.id, n.name]));
    const nodeName = (id: string) => names.get(id);
    for (const d of result.validation) io.stdout(`${formatDiagnostic(d, nodeName)}\n`);
    for (const p of data.problems) io.stdout(`${file}: missing data file: ${p.message}\n`);
    const skipped = result.diagnostics.filter((d) => d.severity === 'skipped').length;
    const notes = result.diagnostics.length - skipped;
    const errors = result.validation.filter((d) => d.severity === 'error').length;
    const summary = `${skipped} skipped, ${notes} ${notes === 1 ? 'note' : 'notes'}; the graph is ${errors === 0 ? 'valid' : `invalid (${errors} ${errors === 1 ? 'error' : 'errors'})`}`;
    if (!usable) {
      io.stderr(`flowboard import: nothing in ${file} could be imported (${summary}); no file was written\n`);
      return 1;
    }
    io.stdout(`wrote ${output}: ${result.document.nodes.length} nodes, ${result.document.edges.length} edges (${summary})\n`);
    if (!tooLarge) return 0;
    io.stderr(`flowboard import: the graph in ${output} cannot run within the memory budget of ${formatBytes(memoryBudget)}; make the tensors named above smaller, or pass --memory-budget\n`);
    return 1;
  },
};
