/** Finding the first port of a node that a link fits: what quick-add wiring and drop-on-edge share. */
import type { GraphDocument, GraphNode } from '../../../core/graph/document.ts';
import { findOp } from '../../../core/ops/registry.ts';
import { checkConnection } from '../connectionCheck.ts';
import { connect, type ConnectArgs } from './connect.ts';

export type Fit = { ok: true; doc: GraphDocument; edgeId: string; args: ConnectArgs } | { ok: false; reason: string };

/** The inputs a learner wires on `node`, as connect's `targetInput` (a variadic input appends). */
export function wirableInputs(node: GraphNode): string[] {
  return (findOp(node.op)?.inputs ?? []).filter((i) => i.internal !== true).map((i) => i.name);
}

/** The outputs of `node`. */
export function outputsOf(node: GraphNode): string[] {
  return (findOp(node.op)?.outputs ?? []).map((o) => o.name);
}

/** Connects the first candidate the connection check accepts; otherwise the first candidate's reason. */
export function connectFirstFitting(doc: GraphDocument, candidates: readonly ConnectArgs[]): Fit {
  let reason: string | undefined;
  for (const args of candidates) {
    const check = checkConnection(doc, args);
    if (!check.ok) {
      reason ??= check.reason;
      continue;
    }
    const result = connect(doc, args);
    if (result.ok) return { ok: true, doc: result.doc, edgeId: result.value, args };
    reason ??= result.error;
  }
  return { ok: false, reason: reason ?? 'it has no port to connect' };
}
