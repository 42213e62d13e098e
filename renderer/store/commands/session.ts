/**
 * The document's session as commands keep it: pointing at existing nodes,
 * keeping only the CSV files its bindings read, and training the Minimize
 * node when the graph has one and nothing else was chosen.
 */
import type { DataBinding, GraphDocument, SessionConfig } from '../../../core/graph/document.ts';
import { trainNodeOf } from '../../../core/graph/trainNode.ts';
import { DEFAULT_STEPS } from '../runSettings.ts';

/** The document's session, or an empty one. */
export function sessionOf(doc: GraphDocument): SessionConfig {
  return doc.session ?? { fetches: [], feeds: {} };
}

/** The document with this session, its kept files pruned to those a binding reads. */
export function withSession(doc: GraphDocument, session: SessionConfig): GraphDocument {
  return { ...doc, session: pruneFiles(session) };
}

/** The session without feeds, fetches or train node that refer to removed nodes; the same object when none do. */
export function pruneSession(session: SessionConfig | undefined, removed: ReadonlySet<string>): SessionConfig | undefined {
  if (!session) return session;
  const refers =
    (session.train !== undefined && removed.has(session.train)) ||
    session.fetches.some((f) => removed.has(f.node)) ||
    Object.keys(session.feeds).some((id) => removed.has(id)) ||
    Object.keys(session.evalFeeds ?? {}).some((id) => removed.has(id)) ||
    (session.images ?? []).some((image) => removed.has(image.node));
  if (!refers) return session;
  const next: SessionConfig = { ...session, fetches: session.fetches.filter((f) => !removed.has(f.node)), feeds: keep(session.feeds, removed) };
  if (session.evalFeeds) next.evalFeeds = keep(session.evalFeeds, removed);
  if (session.train !== undefined && removed.has(session.train)) delete next.train;
  const images = session.images?.filter((image) => !removed.has(image.node));
  if (images && images.length > 0) next.images = images;
  else delete next.images;
  return pruneFiles(next);
}

function keep(feeds: Record<string, DataBinding>, removed: ReadonlySet<string>): Record<string, DataBinding> {
  return Object.fromEntries(Object.entries(feeds).filter(([id]) => !removed.has(id)));
}

/** Drops kept files no binding reads any more, and an empty file table. */
export function pruneFiles(session: SessionConfig): SessionConfig {
  if (!session.files) return session;
  const read = new Set([...Object.values(session.feeds), ...Object.values(session.evalFeeds ?? {})].flatMap((b) => (b.kind === 'csv' ? [b.path] : [])));
  const names = Object.keys(session.files);
  if (names.length > 0 && names.every((n) => read.has(n))) return session;
  const { files, ...rest } = session;
  const kept = Object.fromEntries(Object.entries(files).filter(([name]) => read.has(name)));
  return Object.keys(kept).length > 0 ? { ...rest, files: kept } : rest;
}

/** The session training `train`, with the course's step count when it says neither steps nor epochs. */
export function trainingWith(session: SessionConfig, train: string): SessionConfig {
  const next = { ...session, train };
  if (next.steps === undefined && next.epochs === undefined) next.steps = DEFAULT_STEPS;
  return next;
}

/**
 * After an edit: when the session trains no Minimize that exists, it trains
 * the one just added, or the graph's only one; a Minimize added beside one
 * trained implicitly (the only one) keeps that one trained. Returns `after`
 * itself when nothing needs setting.
 */
export function followMinimize(before: GraphDocument, after: GraphDocument): GraphDocument {
  if (after.nodes === before.nodes) return after;
  const minimizes = after.nodes.filter((n) => n.op === 'Minimize');
  const exists = (id: string | undefined) => id !== undefined && minimizes.some((n) => n.id === id);
  if (minimizes.length === 0 || exists(after.session?.train)) return after;
  const had = new Set(before.nodes.map((n) => n.id));
  const added = minimizes.filter((n) => !had.has(n.id));
  const implicit = trainNodeOf(before);
  const pick = exists(implicit) ? (added.length > 0 ? implicit : undefined) : (added[0] ?? (minimizes.length === 1 ? minimizes[0] : undefined))?.id;
  return pick !== undefined ? { ...after, session: trainingWith(sessionOf(after), pick) } : after;
}
