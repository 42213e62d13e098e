/**
 * What the importer tells the learner about their program: every line it did
 * not import, with the reason, and every assumption it made. Nothing is
 * dropped without one of these.
 */

export interface ImportDiagnostic {
  /** `skipped`: the line (or part of it) is not in the graph. `note`: imported, with an assumption worth knowing. */
  severity: 'skipped' | 'note';
  /** 1-based line in the Python file. */
  line: number;
  /** Last line of a skipped block; absent for one line. */
  endLine?: number;
  message: string;
}

/**
 * Thrown while translating one statement when it cannot be imported; the
 * statement is rolled back and reported, and the import goes on.
 */
export class ImportFailure extends Error {
  constructor(
    message: string,
    /** The line of the offending expression, when it is not the statement's first line. */
    readonly line?: number,
  ) {
    super(message);
  }
}

/**
 * `xor.py:12: skipped: tf.nn.selu has no Flowboard op` (or `line 12: ...` without a file name),
 * followed by the source line, indented, when the source is given.
 */
export function formatImportDiagnostic(d: ImportDiagnostic, source: { lines?: readonly string[]; file?: string } = {}): string {
  const span = d.endLine !== undefined && d.endLine !== d.line ? `${d.line}-${d.endLine}` : `${d.line}`;
  const head = `${source.file ? `${source.file}:` : d.endLine !== undefined && d.endLine !== d.line ? 'lines ' : 'line '}${span}: ${d.severity}: ${d.message}`;
  const text = source.lines?.[d.line - 1]?.trim();
  return text ? `${head}\n    ${text}` : head;
}
