/**
 * `flowboard validate FILE`: loads a graph and reports every problem the
 * editor would show, with the node and the fix. Exit 0 when there are no
 * errors (warnings allowed), 1 when there are.
 */
import { type Diagnostic, formatDiagnostic } from '../../core/graph/diagnostics.ts';
import type { GraphDocument } from '../../core/graph/document.ts';
import { helpText, type OptionSpecs, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { loadGraphFile } from '../graphFile.ts';
import { MEMORY_BUDGET_OPTION, memoryBudgetOf } from '../memoryBudget.ts';

const OPTIONS = {
  json: { type: 'boolean', description: 'Print {"valid": true|false, "diagnostics": [...]} instead of text.' },
  'memory-budget': MEMORY_BUDGET_OPTION,
} as const satisfies OptionSpecs;

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check a graph file: structure, ops, shapes, dtypes and session.',
  help: helpText({
    usage: ['flowboard validate FILE [--json] [--memory-budget SIZE]'],
    description:
      'Loads FILE (a *.flow.json graph) and reports each problem with its severity, code, node and how to fix it.\n' +
      'Exits 0 when there are no errors (warnings are allowed), 1 when there are, 2 for a wrong command line.',
    options: OPTIONS,
    examples: ['flowboard validate samples/hello.flow.json', 'flowboard validate my-graph.flow.json --json   # machine-readable'],
  }),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('validate', args, OPTIONS, ['FILE']);
    const file = positionals.FILE;
    const { document, diagnostics } = await loadGraphFile(file, io.stdin, memoryBudgetOf(values['memory-budget']));
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const valid = errors.length === 0;
    const nodeName = nameLookup(document);
    if (values.json) {
      const withNames = diagnostics.map((d) => (d.nodeId && nodeName(d.nodeId) ? { ...d, nodeName: nodeName(d.nodeId) } : d));
      io.stdout(`${JSON.stringify({ valid, diagnostics: withNames })}\n`);
    } else {
      // Errors first: they are what stops the graph from running.
      const ordered = [...errors, ...diagnostics.filter((d) => d.severity !== 'error')];
      for (const d of ordered) io.stdout(`${formatDiagnostic(d, nodeName)}\n`);
      io.stdout(`${file}: ${valid ? 'valid' : 'invalid'} (${count(errors, 'error')}, ${count(diagnostics.filter((d) => d.severity === 'warning'), 'warning')})\n`);
    }
    return valid ? 0 : 1;
  },
};

function nameLookup(doc: GraphDocument | undefined): (id: string) => string | undefined {
  const names = new Map((doc?.nodes ?? []).map((n) => [n.id, n.name]));
  return (id) => names.get(id);
}

function count(list: Diagnostic[], noun: string): string {
  return `${list.length} ${noun}${list.length === 1 ? '' : 's'}`;
}
