/**
 * Whether the canvas should accept a new connection: the connect command must
 * accept it, and the node it feeds must not gain a shape or dtype error (a
 * MatMul whose inner dimensions disagree refuses the link and says why).
 */
import type { GraphDocument } from '../../core/graph/document.ts';
import { DiagnosticCode as C } from '../../core/graph/diagnostics.ts';
import { analysisOf } from './analysis.ts';
import { connect, type ConnectArgs } from './commands/connect.ts';

const TYPE_ERRORS = new Set<string>([C.ShapeMismatch, C.DTypeMismatch]);

export type ConnectionCheck = { ok: true } | { ok: false; reason: string };

const memo = new WeakMap<GraphDocument, Map<string, ConnectionCheck>>();

/** Checks a connection against the document without changing it; memoized per document, since a drag asks about the same port on every pointer move. */
export function checkConnection(doc: GraphDocument, args: ConnectArgs): ConnectionCheck {
  let checks = memo.get(doc);
  if (!checks) memo.set(doc, (checks = new Map()));
  const key = JSON.stringify([args.source, args.sourceOutput, args.target, args.targetInput]);
  let check = checks.get(key);
  if (!check) checks.set(key, (check = uncached(doc, args)));
  return check;
}

function uncached(doc: GraphDocument, args: ConnectArgs): ConnectionCheck {
  const result = connect(doc, args);
  if (!result.ok) return { ok: false, reason: result.error };
  const typeErrors = (d: GraphDocument) =>
    analysisOf(d).diagnostics.filter((x) => x.nodeId === args.target && x.severity === 'error' && TYPE_ERRORS.has(x.code));
  const before = new Set(typeErrors(doc).map((d) => d.message));
  const gained = typeErrors(result.doc).find((d) => !before.has(d.message));
  if (!gained) return { ok: true };
  return { ok: false, reason: gained.fix ? `${gained.message}; ${gained.fix}` : gained.message };
}
