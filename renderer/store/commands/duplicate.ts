/** duplicate: copies nodes in place (slightly offset), keeping the links among them. */
import type { GraphDocument, Position } from '../../../core/graph/document.ts';
import { copyFragment } from './fragment.ts';
import { paste } from './paste.ts';
import { type CommandResult, refuse } from './result.ts';

export interface DuplicateArgs {
  nodeIds: readonly string[];
  offset: Position;
}

/** Duplicates; the copies' ids are the result's value. */
export function duplicate(doc: GraphDocument, { nodeIds, offset }: DuplicateArgs): CommandResult<string[]> {
  const fragment = copyFragment(doc, nodeIds);
  if (fragment.nodes.length === 0) return refuse('select the nodes to duplicate first');
  return paste(doc, { fragment, offset });
}
