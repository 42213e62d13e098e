/** renameNode: gives a node a new user-visible name; names stay unique. */
import type { GraphDocument } from '../../../core/graph/document.ts';
import { nameProblem } from './names.ts';
import { type CommandResult, done, refuse } from './result.ts';

export interface RenameNodeArgs {
  nodeId: string;
  name: string;
}

/** Renames; refuses an invalid name or one another node already has. */
export function renameNode(doc: GraphDocument, { nodeId, name }: RenameNodeArgs): CommandResult {
  const node = doc.nodes.find((n) => n.id === nodeId);
  if (!node) return refuse(`cannot rename node "${nodeId}": it is not in the graph`);
  if (node.name === name) return done(doc);
  const problem = nameProblem(name);
  if (problem) return refuse(problem);
  if (doc.nodes.some((n) => n.name === name)) return refuse(`another node is already named "${name}"`);
  return done({ ...doc, nodes: doc.nodes.map((n) => (n === node ? { ...n, name } : n)) });
}
