/** editFetch: the role or chart label of one of the session's fetches. */
import type { FetchRole, FetchSpec, GraphDocument } from '../../../core/graph/document.ts';
import { type CommandResult, done, refuse } from './result.ts';
import { sessionOf, withSession } from './session.ts';

const ROLES: readonly FetchRole[] = ['loss', 'accuracy', 'metric', 'prediction'];

export interface EditFetchArgs {
  index: number;
  role?: FetchRole;
  /** The label in logs and charts; empty uses the node's name. */
  label?: string;
}

/** Changes the fetch at `index`; refuses an unknown role. */
export function editFetch(doc: GraphDocument, { index, role, label }: EditFetchArgs): CommandResult {
  const session = sessionOf(doc);
  const fetch = session.fetches[index];
  if (!Number.isInteger(index) || !fetch) return refuse(`there is no logged value number ${index + 1}`);
  if (role !== undefined && !ROLES.includes(role)) return refuse(`a logged value is a ${ROLES.join(', a ')}, not a "${String(role)}"`);
  const next: FetchSpec = { ...fetch, ...(role !== undefined ? { role } : {}) };
  if (label !== undefined) {
    if (label.trim() === '') delete next.label;
    else next.label = label.trim();
  }
  if (JSON.stringify(next) === JSON.stringify(fetch)) return done(doc);
  return done(withSession(doc, { ...session, fetches: session.fetches.map((f, i) => (i === index ? next : f)) }));
}
