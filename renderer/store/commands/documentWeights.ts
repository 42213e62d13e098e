/** Keeping trained weights inside the document (its optional `weights` block), or dropping them. One undo step. */
import type { Checkpoint } from '../../../core/checkpoint/checkpoint.ts';
import type { GraphDocument } from '../../../core/graph/document.ts';
import { type CommandResult, done } from './result.ts';

/** The document keeping `weights`; undefined drops the block. */
export function setDocumentWeights(doc: GraphDocument, { weights }: { weights: Checkpoint | undefined }): CommandResult {
  if (doc.weights === weights) return done(doc);
  const next: GraphDocument = { ...doc, weights };
  if (weights === undefined) delete next.weights;
  return done(next);
}
