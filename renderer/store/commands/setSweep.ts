/** setSweep: the sweep the Session panel defines, in the document's `session.sweep`; undefined removes it. */
import type { GraphDocument } from '../../../core/graph/document.ts';
import { expandSweep } from '../../../core/sweep/expand.ts';
import type { SweepDefinition } from '../../../core/sweep/sweep.ts';
import { type CommandResult, done, refuse } from './result.ts';
import { sessionOf, withSession } from './session.ts';

/** Sets (or with undefined removes) the sweep; refuses one that names nothing in this graph or breaks the limits, saying why. */
export function setSweep(doc: GraphDocument, sweep: SweepDefinition | undefined): CommandResult {
  const { sweep: current, ...rest } = sessionOf(doc);
  if (sweep === undefined) return current === undefined ? done(doc) : done(withSession(doc, rest));
  const expanded = expandSweep(doc, sweep);
  if (!expanded.ok) return refuse(`Cannot sweep: ${expanded.message}`);
  if (JSON.stringify(current) === JSON.stringify(sweep)) return done(doc);
  return done(withSession(doc, { ...rest, sweep }));
}
