/**
 * The invariant every command keeps: the document may have diagnostics a user
 * can fix (a missing input, a shape mismatch) but never corruption (clashing
 * ids or names, dangling or duplicate edges, unknown ports, gaps in variadic
 * inputs, a session naming missing nodes), and it saves and reloads as itself.
 */
import { analyze } from '../../core/graph/analyze.ts';
import { DiagnosticCode as C } from '../../core/graph/diagnostics.ts';
import type { GraphDocument } from '../../core/graph/document.ts';
import { parseDocument } from '../../core/graph/load.ts';
import { saveDocument } from '../../core/graph/save.ts';

const CORRUPTION = new Set<string>([C.DuplicateId, C.DuplicateName, C.DanglingEdge, C.UnknownOutput, C.UnknownInput, C.DuplicateInput, C.UnknownOp, C.BadSession, C.BadAttr, C.BadField, C.InputGap]);

/** The corruption found in `doc`, as messages; empty when it is well formed. */
export function corruptionIn(doc: GraphDocument): string[] {
  const problems = analyze(doc)
    .diagnostics.filter((d) => CORRUPTION.has(d.code))
    .map((d) => `${d.code}: ${d.message}`);
  const saved = saveDocument(doc);
  const reloaded = parseDocument(JSON.parse(saved));
  for (const d of reloaded.diagnostics) if (d.code === C.BadField) problems.push(`does not reload cleanly: ${d.message}`);
  // saveDocument sorts keys, so equal texts mean equal documents whatever order the loader builds objects in.
  if (!reloaded.document || saveDocument(reloaded.document) !== saved) problems.push('does not reload as the same document');
  return problems;
}
