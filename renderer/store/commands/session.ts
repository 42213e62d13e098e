/** Keeps the session pointing at existing nodes when nodes are deleted. */
import type { DataBinding, SessionConfig } from '../../../core/graph/document.ts';

/** The session without feeds, fetches or train node that refer to removed nodes; the same object when none do. */
export function pruneSession(session: SessionConfig | undefined, removed: ReadonlySet<string>): SessionConfig | undefined {
  if (!session) return session;
  const refers =
    (session.train !== undefined && removed.has(session.train)) ||
    session.fetches.some((f) => removed.has(f.node)) ||
    Object.keys(session.feeds).some((id) => removed.has(id)) ||
    Object.keys(session.evalFeeds ?? {}).some((id) => removed.has(id));
  if (!refers) return session;
  const next: SessionConfig = { ...session, fetches: session.fetches.filter((f) => !removed.has(f.node)), feeds: keep(session.feeds, removed) };
  if (session.evalFeeds) next.evalFeeds = keep(session.evalFeeds, removed);
  if (session.train !== undefined && removed.has(session.train)) delete next.train;
  return next;
}

function keep(feeds: Record<string, DataBinding>, removed: ReadonlySet<string>): Record<string, DataBinding> {
  return Object.fromEntries(Object.entries(feeds).filter(([id]) => !removed.has(id)));
}
