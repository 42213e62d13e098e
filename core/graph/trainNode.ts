/** Which Minimize Train runs: the session's train node, or the graph's only Minimize when the session names none. */
import type { GraphDocument } from './document.ts';

/** The id of the node Train runs, or undefined when the session names none and the graph has no single Minimize. */
export function trainNodeOf(doc: GraphDocument): string | undefined {
  if (doc.session?.train !== undefined) return doc.session.train;
  let only: string | undefined;
  for (const n of doc.nodes) {
    if (n.op !== 'Minimize') continue;
    if (only !== undefined) return undefined;
    only = n.id;
  }
  return only;
}
