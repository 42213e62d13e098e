/** addFetch: logs a node's value while training (loss, accuracy, metric) or shows it (prediction). */
import type { FetchRole, GraphDocument } from '../../../core/graph/document.ts';
import { findOp } from '../../../core/ops/registry.ts';
import { likelyRole } from './fetchRole.ts';
import { type CommandResult, done, refuse } from './result.ts';
import { sessionOf, withSession } from './session.ts';

export interface AddFetchArgs {
  nodeId: string;
  /** Guessed from the node when absent. */
  role?: FetchRole;
}

/** Appends the fetch; its index is the result's value. Refuses a node without outputs or one already logged. */
export function addFetch(doc: GraphDocument, { nodeId, role }: AddFetchArgs): CommandResult<number> {
  const node = doc.nodes.find((n) => n.id === nodeId);
  if (!node) return refuse(`cannot log node "${nodeId}": it is not in the graph`);
  if (findOp(node.op)?.outputs.length === 0) return refuse(`"${node.name}" has no value to log`);
  const session = sessionOf(doc);
  if (session.fetches.some((f) => f.node === nodeId)) return refuse(`"${node.name}" is logged already`);
  const fetches = [...session.fetches, { node: nodeId, role: role ?? likelyRole(doc, nodeId) }];
  return done(withSession(doc, { ...session, fetches }), fetches.length - 1);
}
