/** recordSweepResults: a finished (or stopped) sweep's runs kept in the document, replacing the last sweep's; undefined clears them. */
import type { GraphDocument } from '../../../core/graph/document.ts';
import type { SweepResults } from '../../../core/sweep/sweepResults.ts';
import { type CommandResult, done } from './result.ts';

/** The document with these results (one undo step), or without any. */
export function recordSweepResults(doc: GraphDocument, results: SweepResults | undefined): CommandResult {
  if (results === undefined) {
    if (doc.sweepResults === undefined) return done(doc);
    const { sweepResults: _dropped, ...rest } = doc;
    return done(rest);
  }
  return done({ ...doc, sweepResults: results });
}
