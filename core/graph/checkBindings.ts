/**
 * The analysis's check of the session's data: each binding against its
 * Placeholder's shape and dtype, and the batched ones against each other's
 * example count, as training would find them, but on every edit.
 */
import { bindingSummary, type DataSummary, feedProblem, fittedShape, isBatchedFeed } from '../data/bindingCheck.ts';
import { type Diagnostic, DiagnosticCode as C, error } from './diagnostics.ts';
import type { DataBinding, SessionConfig } from './document.ts';
import type { GraphIndex } from './graphIndex.ts';
import { formatShape, type TensorType } from './shape.ts';

/** Diagnostics for the training and the evaluation bindings. */
export function checkBindings(session: SessionConfig, index: GraphIndex, types: Map<string, TensorType[]>, out: Diagnostic[]): void {
  checkSet(session.feeds, 'training data', session, index, types, out);
  if (session.evalFeeds) checkSet({ ...session.feeds, ...session.evalFeeds }, 'evaluation data', session, index, types, out, new Set(Object.keys(session.evalFeeds)));
}

function checkSet(bindings: Record<string, DataBinding>, what: string, session: SessionConfig, index: GraphIndex, types: Map<string, TensorType[]>, out: Diagnostic[], reported?: Set<string>): void {
  const counts: { id: string; name: string; rows: number }[] = [];
  for (const [id, binding] of Object.entries(bindings)) {
    const node = index.nodes.get(id)?.node;
    const type = types.get(id)?.[0];
    if (!node || node.op !== 'Placeholder' || !type) continue;
    const own = reported === undefined || reported.has(id);
    const summary = bindingSummary(binding, session.files);
    if (summary === undefined) continue;
    const fix = `bind data of shape ${placeholderShape(type)} to "${node.name}" in the Session panel, or change the Placeholder's shape`;
    if (typeof summary === 'string') {
      if (own) out.push(error(C.BadBinding, `the ${what} bound to Placeholder "${node.name}" cannot be read: ${summary}`, { nodeId: id, fix: 'bind the data again in the Session panel' }));
      continue;
    }
    const problem = feedProblem(node.name, type, summary, describeBinding(binding, what));
    if (problem) {
      if (own) out.push(error(C.BadBinding, problem, { nodeId: id, fix }));
      continue;
    }
    if (isBatchedFeed(summary, type)) counts.push({ id, name: node.name, rows: rowsOf(summary, type) });
  }
  const odd = counts.find((c) => c.rows !== counts[0].rows);
  if (odd)
    out.push(
      error(C.BadBinding, `the ${what} disagree on the number of examples: ${counts.map((c) => `Placeholder "${c.name}" has ${c.rows}`).join(', ')}`, {
        nodeId: odd.id,
        fix: 'bind one row per example to each Placeholder',
      }),
    );
}

function rowsOf(summary: DataSummary, type: TensorType): number {
  return fittedShape(summary, type)[0];
}

function placeholderShape(type: TensorType): string {
  return type.shape === null ? 'any shape' : formatShape(type.shape);
}

/** The binding in a few words, for messages. */
export function describeBinding(binding: DataBinding, what = 'data'): string {
  const prefix = what === 'evaluation data' ? 'evaluation ' : '';
  switch (binding.kind) {
    case 'inline':
      return `${prefix}inline data`;
    case 'csv':
      return `${prefix}${binding.path} column${binding.columns.length === 1 ? '' : 's'} ${binding.columns.join(', ')}${binding.oneHot ? ', one-hot' : ''}`;
    case 'dataset':
      return `${prefix}${binding.name.toUpperCase()} ${binding.split} ${binding.field}`;
  }
}
