/** Watch-list commands: add a node's value or gradient (its norm, mean or value) and remove it. Each is one undo step. */
import type { ProbedTensor, Watch, WatchStat } from '../../../core/graph/debug.ts';
import type { GraphDocument } from '../../../core/graph/document.ts';
import { debugOf, withDebug } from './debugBlock.ts';
import { type CommandResult, done, refuse } from './result.ts';

/** Adds a watch on a document node; returns its id. The same watch again changes nothing. */
export function addWatch(doc: GraphDocument, { nodeId, of, stat }: { nodeId: string; of: ProbedTensor; stat: WatchStat }): CommandResult<string> {
  if (!doc.nodes.some((n) => n.id === nodeId)) return refuse(`cannot watch node "${nodeId}": it is not in the graph`);
  const debug = debugOf(doc);
  const same = debug.watches.find((w) => w.node === nodeId && w.of === of && w.stat === stat);
  if (same) return done(doc, same.id);
  const taken = new Set(debug.watches.map((w) => w.id));
  let n = debug.watches.length + 1;
  while (taken.has(`w${n}`)) n++;
  const watch: Watch = { id: `w${n}`, node: nodeId, of, stat };
  return done(withDebug(doc, { ...debug, watches: [...debug.watches, watch] }), watch.id);
}

/** Removes a watch; removing the last one of an empty block drops the block. */
export function removeWatch(doc: GraphDocument, { id }: { id: string }): CommandResult {
  const debug = debugOf(doc);
  if (!debug.watches.some((w) => w.id === id)) return refuse(`there is no watch "${id}"`);
  return done(withDebug(doc, { ...debug, watches: debug.watches.filter((w) => w.id !== id) }));
}
