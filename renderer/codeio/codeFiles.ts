/**
 * The code exports of the File menu: the graph as a TensorFlow.js module, TF1
 * course Python or Keras, named after the document. The exporters' own
 * reasons (a graph Keras cannot write, data the code cannot carry) come back
 * as messages, since they are the user's to act on.
 */
import { ExportError } from '../../core/codegen/export/exportError.ts';
import { exportKeras } from '../../core/codegen/export/exportKeras.ts';
import { exportPython } from '../../core/codegen/export/exportPython.ts';
import { exportTfjs } from '../../core/codegen/export/exportTfjs.ts';
import { DataError } from '../../core/data/dataError.ts';
import { keptCsvAsInline } from '../../core/data/keptCsv.ts';
import type { GraphDocument } from '../../core/graph/document.ts';
import type { ExportedFile } from '../platform/platform.ts';

export type CodeTarget = 'tfjs' | 'python' | 'keras';

/** Each target's exporter, file suffix (as `flowboard export` names them) and label. */
export const CODE_TARGETS: Record<CodeTarget, { write(doc: GraphDocument): string; suffix: string; mime: string; label: string }> = {
  tfjs: { write: exportTfjs, suffix: '.mjs', mime: 'text/javascript', label: 'TensorFlow.js module (.mjs)' },
  python: { write: exportPython, suffix: '.py', mime: 'text/x-python', label: 'TF1 Python (.py)' },
  keras: { write: exportKeras, suffix: '.keras.py', mime: 'text/x-python', label: 'Keras (.keras.py)' },
};

export type CodeExport = { ok: true; file: ExportedFile } | { ok: false; message: string };

/** The file name for `target`: the document's name without .flow.json, made safe for a file system. */
export function codeFileName(documentName: string, target: CodeTarget): string {
  const stem = documentName.replace(/\.(flow\.)?json$/i, '').replace(/[\\/:*?"<>|]/g, '_').trim() || 'Untitled';
  return `${stem}${CODE_TARGETS[target].suffix}`;
}

/** The code for `doc`, or the exporter's reason it cannot be written; other errors are bugs and propagate. */
export function exportCode(doc: GraphDocument, documentName: string, target: CodeTarget): CodeExport {
  const { write, mime } = CODE_TARGETS[target];
  try {
    // CSV files picked in the app are kept in the document; the code carries their numbers.
    return { ok: true, file: { name: codeFileName(documentName, target), mime, data: write(keptCsvAsInline(doc)) } };
  } catch (e) {
    if (e instanceof ExportError || e instanceof DataError) return { ok: false, message: e.message };
    throw e;
  }
}
