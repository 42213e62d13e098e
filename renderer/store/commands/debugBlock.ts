/** Keeping the document's breakpoints and watches in step with its nodes. */
import type { DebugConfig } from '../../../core/graph/debug.ts';
import type { GraphDocument } from '../../../core/graph/document.ts';

/** The debug block without entries on `removed` nodes; the same object when none were, undefined when nothing is left. */
export function pruneDebug(debug: DebugConfig | undefined, removed: ReadonlySet<string>): DebugConfig | undefined {
  if (!debug || (!debug.breakpoints.some((b) => removed.has(b.node)) && !debug.watches.some((w) => removed.has(w.node)))) return debug;
  const next = { breakpoints: debug.breakpoints.filter((b) => !removed.has(b.node)), watches: debug.watches.filter((w) => !removed.has(w.node)) };
  return next.breakpoints.length + next.watches.length === 0 ? undefined : next;
}

/** The document with `debug` as its block (none when it holds nothing). */
export function withDebug(doc: GraphDocument, debug: DebugConfig): GraphDocument {
  const next: GraphDocument = { ...doc, debug };
  if (debug.breakpoints.length + debug.watches.length === 0) delete next.debug;
  return next;
}

/** The document's debug block, empty when it has none. */
export const debugOf = (doc: GraphDocument): DebugConfig => doc.debug ?? { breakpoints: [], watches: [] };

