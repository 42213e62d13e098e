/**
 * bindData: binds data to Placeholders (or unbinds it), each binding checked
 * against its Placeholder's shape and dtype first. CSV files picked in the app
 * come with their text, which the session keeps.
 */
import { bindingSummary, feedProblem } from '../../../core/data/bindingCheck.ts';
import { DATASET_NAMES } from '../../../core/data/source.ts';
import { describeBinding } from '../../../core/graph/checkBindings.ts';
import { type DataBinding, DATASET_SPLITS, type GraphDocument, type SessionConfig } from '../../../core/graph/document.ts';
import { checkNested } from '../../../core/ops/attrs.ts';
import { analysisOf } from '../analysis.ts';
import { type CommandResult, done, refuse } from './result.ts';
import { sessionOf, withSession } from './session.ts';

export interface BindDataArgs {
  /** Training data: Placeholder id -> its new binding; null unbinds it. */
  feeds?: Record<string, DataBinding | null>;
  /** The data metrics are evaluated on, the same way. */
  evalFeeds?: Record<string, DataBinding | null>;
  /** CSV text to keep, by file name, for csv bindings that read it. */
  files?: Record<string, string>;
}

type Target = 'feeds' | 'evalFeeds';

/** Binds all or nothing: refuses with the first binding that cannot feed its Placeholder, naming both. */
export function bindData(doc: GraphDocument, { feeds, evalFeeds, files = {} }: BindDataArgs): CommandResult {
  const session = sessionOf(doc);
  const keptFiles = { ...session.files, ...files };
  const updated: SessionConfig = { ...session, files: keptFiles };
  for (const [target, bindings] of [
    ['feeds', feeds],
    ['evalFeeds', evalFeeds],
  ] as [Target, BindDataArgs['feeds']][]) {
    if (!bindings) continue;
    const next = merged(doc, session[target] ?? {}, bindings, keptFiles, target);
    if (typeof next === 'string') return refuse(next);
    updated[target] = next;
  }
  if (updated.evalFeeds && Object.keys(updated.evalFeeds).length === 0) delete updated.evalFeeds;
  const same = JSON.stringify(updated.feeds) === JSON.stringify(session.feeds) && JSON.stringify(updated.evalFeeds) === JSON.stringify(session.evalFeeds);
  if (same && Object.keys(files).every((f) => session.files?.[f] === files[f])) return done(doc);
  return done(withSession(doc, updated));
}

/** The bindings with the changes applied, or why one cannot be made. */
function merged(
  doc: GraphDocument,
  current: Record<string, DataBinding>,
  changes: Record<string, DataBinding | null>,
  files: Record<string, string>,
  target: Target,
): Record<string, DataBinding> | string {
  const analysis = analysisOf(doc);
  const next: Record<string, DataBinding> = { ...current };
  for (const [id, binding] of Object.entries(changes)) {
    const node = doc.nodes.find((n) => n.id === id);
    if (!node) return `cannot bind data to node "${id}": it is not in the graph`;
    if (node.op !== 'Placeholder') return `"${node.name}" is a ${node.op}; only Placeholders are fed data`;
    if (binding === null) {
      delete next[id];
      continue;
    }
    const malformed = malformedBinding(binding);
    if (malformed) return `the data for Placeholder "${node.name}" ${malformed}`;
    const summary = bindingSummary(binding, files);
    if (typeof summary === 'string') return `the data for Placeholder "${node.name}" cannot be read: ${summary}`;
    const type = analysis.types.get(id)?.[0];
    const problem = summary && type && feedProblem(node.name, type, summary, describeBinding(binding, target === 'evalFeeds' ? 'evaluation data' : 'data'));
    if (problem) return problem;
    next[id] = structuredClone(binding);
  }
  return next;
}

/** What is wrong with a binding's form, or undefined. */
function malformedBinding(b: DataBinding): string | undefined {
  switch (b.kind) {
    case 'inline':
      return checkNested(b.value) ? undefined : 'is not a number or a rectangular list of finite numbers';
    case 'csv':
      if (b.path.trim() === '') return 'names no CSV file';
      if (b.columns.length === 0) return `takes no columns of ${b.path}; choose at least one`;
      if (b.oneHot && (b.columns.length !== 1 || b.oneHot.length === 0)) return 'is one-hot over one label column with at least one class';
      return undefined;
    case 'dataset':
      if (!DATASET_NAMES.includes(b.name)) return `is the dataset "${b.name}", which Flowboard does not have`;
      if (!DATASET_SPLITS.includes(b.split)) return `is the split "${b.split}"; use ${DATASET_SPLITS.join(', ')}`;
      return b.field === 'images' || b.field === 'labels' ? undefined : `is the MNIST field "${b.field}"; use images or labels`;
    default:
      return 'is of a kind Flowboard does not know';
  }
}
