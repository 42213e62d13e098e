/** Breakpoint commands: set one on a node, enable or disable it, remove it. Each is one undo step. */
import type { Breakpoint, BreakpointCondition } from '../../../core/graph/debug.ts';
import type { GraphDocument } from '../../../core/graph/document.ts';
import { debugOf, withDebug } from './debugBlock.ts';
import { type CommandResult, done, refuse } from './result.ts';

/** Sets a breakpoint on a document node; returns its id. The same condition on the same node again changes nothing. */
export function addBreakpoint(doc: GraphDocument, { nodeId, condition }: { nodeId: string; condition: BreakpointCondition }): CommandResult<string> {
  const node = doc.nodes.find((n) => n.id === nodeId);
  if (!node) return refuse(`cannot set a breakpoint on node "${nodeId}": it is not in the graph`);
  if (condition.kind === 'norm' && !(Number.isFinite(condition.threshold) && condition.threshold >= 0)) return refuse(`the threshold must be a number of at least 0, got ${condition.threshold}`);
  if (condition.kind === 'step' && !(Number.isSafeInteger(condition.step) && condition.step >= 1)) return refuse(`the step must be a whole number of at least 1, got ${condition.step}`);
  const debug = debugOf(doc);
  const same = debug.breakpoints.find((b) => b.node === nodeId && JSON.stringify(b.condition) === JSON.stringify(condition));
  if (same) return done(doc, same.id);
  const taken = new Set(debug.breakpoints.map((b) => b.id));
  let n = debug.breakpoints.length + 1;
  while (taken.has(`bp${n}`)) n++;
  const breakpoint: Breakpoint = { id: `bp${n}`, node: nodeId, condition };
  return done(withDebug(doc, { ...debug, breakpoints: [...debug.breakpoints, breakpoint] }), breakpoint.id);
}

/** Enables or disables a breakpoint; a disabled one stays on its node and never fires. */
export function setBreakpointEnabled(doc: GraphDocument, { id, enabled }: { id: string; enabled: boolean }): CommandResult {
  const debug = debugOf(doc);
  const bp = debug.breakpoints.find((b) => b.id === id);
  if (!bp) return refuse(`there is no breakpoint "${id}"`);
  if (!bp.disabled === enabled) return done(doc);
  const next: Breakpoint = { id: bp.id, node: bp.node, condition: bp.condition, ...(enabled ? {} : { disabled: true }) };
  return done(withDebug(doc, { ...debug, breakpoints: debug.breakpoints.map((b) => (b.id === id ? next : b)) }));
}

/** Removes a breakpoint. */
export function removeBreakpoint(doc: GraphDocument, { id }: { id: string }): CommandResult {
  const debug = debugOf(doc);
  if (!debug.breakpoints.some((b) => b.id === id)) return refuse(`there is no breakpoint "${id}"`);
  return done(withDebug(doc, { ...debug, breakpoints: debug.breakpoints.filter((b) => b.id !== id) }));
}
