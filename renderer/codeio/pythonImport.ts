/**
 * Pasted or opened TF1 Python as a document to show: the imported graph, the
 * lines left out and the importer's notes on what it read (the steps it could
 * not tell, data it could not bind, models trained together), or why nothing
 * could be imported.
 */
import type { ImportDiagnostic } from '../../core/codegen/python/importDiagnostic.ts';
import { importPython } from '../../core/codegen/python/importPython.ts';
import type { GraphDocument } from '../../core/graph/document.ts';

/** A line (or block) the dialog lists: one left out, or one the importer notes something about, with why. */
export interface LineReport {
  line: number;
  endLine?: number;
  reason: string;
}

export type PythonImport =
  | { ok: true; document: GraphDocument; name: string; skipped: LineReport[]; notes: LineReport[]; errors: number; /** Data files the code reads that were not given (pick them and import again). */ missingFiles: string[] }
  | { ok: false; message: string; skipped: LineReport[]; missingFiles?: string[] };

/**
 * Imports `text`; `fileName` (a .py file's name) names the document, otherwise
 * it is "Imported Python". `files` holds the data files the code reads
 * (`np.loadtxt('scores.csv')`), by the path the code names, as the user picked them.
 */
export function importPythonText(text: string, fileName?: string, files: Readonly<Record<string, string>> = {}): PythonImport {
  const title = fileName?.replace(/\.py$/i, '') || 'Imported Python';
  if (text.trim() === '') return { ok: false, message: 'There is no code to import: paste a TF1 program or open a .py file.', skipped: [] };
  const readFile = (path: string) => (Object.hasOwn(files, path) ? files[path] : undefined);
  const result = importPython(text, { title, source: fileName ?? 'pasted Python code', readFile });
  const skipped = result.diagnostics.filter((d) => d.severity === 'skipped').map(toReport);
  const notes = result.diagnostics.filter((d) => d.severity === 'note').map(toReport);
  if (result.document.nodes.length === 0) {
    // Every statement was skipped (or none builds a graph): the reasons are what the user can fix.
    return { ok: false, message: 'Nothing in this code could be imported: no line builds a TensorFlow graph.', skipped, missingFiles: result.missingFiles };
  }
  const errors = result.validation.filter((d) => d.severity === 'error').length;
  return { ok: true, document: result.document, name: title, skipped, notes, errors, missingFiles: result.missingFiles };
}

function toReport(d: ImportDiagnostic): LineReport {
  return { line: d.line, ...(d.endLine !== undefined && d.endLine !== d.line ? { endLine: d.endLine } : {}), reason: d.message };
}

/** The picked files by the path the code names: by file name, or the one file when one is missing and one picked. */
export function matchPickedFiles(missing: readonly string[], picked: readonly { name: string; text: string }[]): Record<string, string> {
  const base = (path: string) => path.split(/[\\/]/).pop()!;
  if (missing.length === 1 && picked.length === 1) return { [missing[0]]: picked[0].text };
  const out: Record<string, string> = {};
  for (const path of missing) {
    const file = picked.find((f) => f.name === base(path));
    if (file) out[path] = file.text;
  }
  return out;
}
