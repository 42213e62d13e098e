/**
 * Damage versus mistakes. A learner's mistakes (a shape mismatch, a missing
 * input) are fixed on the canvas; damage (duplicate ids, wires to missing
 * nodes, items the loader had to drop, unknown ops) makes a document unfit to
 * edit, because every editing command assumes it never happens and a save
 * would silently write the file back without the dropped parts. Both the
 * renderer and the desktop file service refuse damaged files with this list.
 */
import { type Diagnostic, DiagnosticCode as C } from './diagnostics.ts';

const DAMAGE = new Set<string>([C.BadField, C.DuplicateId, C.DuplicateName, C.DanglingEdge, C.UnknownOutput, C.UnknownInput, C.DuplicateInput, C.InputGap, C.UnknownOp]);

/** The errors that stop a document from opening for editing. */
export function damageDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error' && DAMAGE.has(d.code));
}
