/** disconnect: removes edges. */
import type { GraphDocument } from '../../../core/graph/document.ts';
import { type CommandResult, done } from './result.ts';
import { deleteSelection } from './deleteSelection.ts';

export interface DisconnectArgs {
  edgeIds: readonly string[];
}

/** Removes the edges; a variadic input closes the gap its removed entry leaves. */
export function disconnect(doc: GraphDocument, { edgeIds }: DisconnectArgs): CommandResult {
  const result = deleteSelection(doc, { nodeIds: [], edgeIds });
  return result.ok ? done(result.doc) : result;
}
