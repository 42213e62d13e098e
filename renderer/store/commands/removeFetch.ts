/** removeFetch: stops logging one of the session's fetches. */
import type { GraphDocument } from '../../../core/graph/document.ts';
import { type CommandResult, done, refuse } from './result.ts';
import { sessionOf, withSession } from './session.ts';

export interface RemoveFetchArgs {
  index: number;
}

/** Removes the fetch at `index`. */
export function removeFetch(doc: GraphDocument, { index }: RemoveFetchArgs): CommandResult {
  const session = sessionOf(doc);
  if (!Number.isInteger(index) || index < 0 || index >= session.fetches.length) return refuse(`there is no logged value number ${index + 1}`);
  return done(withSession(doc, { ...session, fetches: session.fetches.filter((_, i) => i !== index) }));
}
