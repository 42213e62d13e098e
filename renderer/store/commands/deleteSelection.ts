/** deleteSelection: removes nodes with every edge that touches them, plus chosen edges. */
import type { GraphDocument } from '../../../core/graph/document.ts';
import { type CommandResult, done } from './result.ts';
import { pruneDebug } from './debugBlock.ts';
import { pruneSession } from './session.ts';
import { compactVariadic } from './variadic.ts';

export interface DeleteSelectionArgs {
  nodeIds: readonly string[];
  edgeIds?: readonly string[];
}

/** Deletes; ids that are not in the graph are ignored, since a selection may be stale. */
export function deleteSelection(doc: GraphDocument, { nodeIds, edgeIds = [] }: DeleteSelectionArgs): CommandResult {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  const goneEdges = doc.edges.filter((e) => edges.has(e.id) || nodes.has(e.source) || nodes.has(e.target));
  const goneNodes = doc.nodes.filter((n) => nodes.has(n.id));
  if (goneEdges.length === 0 && goneNodes.length === 0) return done(doc);
  const kept = { ...doc, nodes: doc.nodes.filter((n) => !nodes.has(n.id)) };
  const gone = new Set(goneEdges);
  const keptEdges = doc.edges.filter((e) => !gone.has(e));
  const next = { ...kept, edges: compactVariadic(kept, keptEdges, goneEdges.map((e) => e.target)) };
  const session = pruneSession(doc.session, nodes);
  if (session !== doc.session) next.session = session;
  // A breakpoint or watch on a deleted node would make the saved file refuse it on open.
  const debug = pruneDebug(doc.debug, nodes);
  if (debug !== doc.debug) {
    if (debug) next.debug = debug;
    else delete next.debug;
  }
  return done(next);
}
