/**
 * The status bar's counts. An input still to wire is part of building a
 * graph, not a mistake: it counts as a warning (the node is drawn dashed, not
 * red), though the graph cannot run until it is wired.
 */
import { type Diagnostic, DiagnosticCode as C } from '../../core/graph/diagnostics.ts';

export interface DiagnosticCounts {
  errors: number;
  warnings: number;
  /** Of the warnings, the inputs still to wire. */
  unwired: number;
}

/** Errors, warnings and unwired inputs among `diagnostics`. */
export function diagnosticCounts(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  const unwired = diagnostics.filter((d) => d.code === C.MissingInput).length;
  const errors = diagnostics.filter((d) => d.severity === 'error' && d.code !== C.MissingInput).length;
  return { errors, warnings: diagnostics.length - errors, unwired };
}
