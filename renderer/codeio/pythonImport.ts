/**
 * Pasted or opened TF1 Python as a document to show: the imported graph and
 * the lines left out, or why nothing could be imported.
 */
import type { ImportDiagnostic } from '../../core/codegen/python/importDiagnostic.ts';
import { importPython } from '../../core/codegen/python/importPython.ts';
import type { GraphDocument } from '../../core/graph/document.ts';

/** A skipped line (or block) as the dialog lists it. */
export interface SkippedLine {
  line: number;
  endLine?: number;
  reason: string;
}

export type PythonImport = { ok: true; document: GraphDocument; name: string; skipped: SkippedLine[]; errors: number } | { ok: false; message: string; skipped: SkippedLine[] };

/** Imports `text`; `fileName` (a .py file's name) names the document, otherwise it is "Imported Python". */
export function importPythonText(text: string, fileName?: string): PythonImport {
  const title = fileName?.replace(/\.py$/i, '') || 'Imported Python';
  if (text.trim() === '') return { ok: false, message: 'There is no code to import: paste a TF1 program or open a .py file.', skipped: [] };
  const result = importPython(text, { title, source: fileName ?? 'pasted Python code' });
  const skipped = result.diagnostics.filter((d) => d.severity === 'skipped').map(toSkipped);
  if (result.document.nodes.length === 0) {
    // Every statement was skipped (or none builds a graph): the reasons are what the user can fix.
    return { ok: false, message: 'Nothing in this code could be imported: no line builds a TensorFlow graph.', skipped };
  }
  const errors = result.validation.filter((d) => d.severity === 'error').length;
  return { ok: true, document: result.document, name: title, skipped, errors };
}

function toSkipped(d: ImportDiagnostic): SkippedLine {
  return { line: d.line, ...(d.endLine !== undefined && d.endLine !== d.line ? { endLine: d.endLine } : {}), reason: d.message };
}
