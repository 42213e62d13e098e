/**
 * A CSV file with a header row, picked or dropped: its columns chosen per
 * Placeholder (by default all but the last to the inputs, the last to the
 * labels), a label column optionally one-hot. The file's text is kept in the
 * document, as a browser cannot read it again by its path.
 */
import { type DragEvent, useRef, useState } from 'react';
import type { CsvTable } from '../../core/data/csv.ts';
import { csvClasses, parseCsvFile } from '../../core/data/csvBinding.ts';
import { formatShape } from '../../core/graph/shape.ts';
import { useDocument } from '../store/hooks.ts';
import { BindActions } from './BindActions.tsx';
import { type Assignment, assignmentBindings, defaultAssignment, keptFileName } from './csvAssign.ts';
import { guessRoles } from './placeholders.ts';
import type { SourceProps } from './sourceProps.ts';

/** The largest CSV file kept in a document (documents open up to 20 MB, electron/common/payloads.ts). */
const MAX_CSV_BYTES = 5 * 1024 * 1024;

interface Picked {
  name: string;
  text: string;
  table: CsvTable;
}

/** The CSV binder. */
export function CsvSource({ placeholders, evaluation, onDone }: SourceProps) {
  const doc = useDocument();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<Picked>();
  const [assignment, setAssignment] = useState<Assignment>({});
  const [problem, setProblem] = useState<string>();
  const [dragging, setDragging] = useState(false);

  const read = async (f: File | undefined) => {
    if (!f) return;
    if (f.size > MAX_CSV_BYTES) return setProblem(`${f.name} is ${(f.size / 1048576).toFixed(1)} MB; a CSV file kept in the document may be up to ${MAX_CSV_BYTES / 1048576} MB.`);
    try {
      const text = await f.text();
      const table = parseCsvFile(text, f.name);
      // A bad file changes nothing: the last good one and its columns stay.
      setFile({ name: f.name, text, table });
      setAssignment(defaultAssignment(table, guessRoles(doc, placeholders), placeholders, f.name));
      setProblem(undefined);
    } catch (e) {
      setProblem(`${(e as Error).message}. Nothing was changed.`);
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void read(e.dataTransfer.files[0]);
  };

  const path = file && keptFileName(file.name, doc.session?.files, file.text, (p) => boundPaths(doc.session, assignment).every((q) => q !== p));

  return (
    <div className="bind__csv">
      <div
        className="bind__drop"
        data-dragging={dragging}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <button type="button" className="button" onClick={() => input.current?.click()}>
          Choose CSV file…
        </button>
        <span className="bind__hint">{file ? `${file.name}: ${file.table.records.length} rows, columns ${file.table.header.join(', ')}` : 'or drop one here. The first row names the columns.'}</span>
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv,text/plain"
          hidden
          aria-label="CSV file"
          onChange={(e) => {
            void read(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      {problem && (
        <p className="bind__problem" role="alert">
          {problem}
        </p>
      )}
      {file && <Preview table={file.table} />}
      {file && (
        <ul className="bind__columns" aria-label="Columns per Placeholder">
          {placeholders.map((p) => {
            const choice = assignment[p.id] ?? { columns: [] };
            const toggle = (column: string) => {
              const columns = choice.columns.includes(column) ? choice.columns.filter((c) => c !== column) : file.table.header.filter((c) => c === column || choice.columns.includes(c));
              setAssignment({ ...assignment, [p.id]: { columns } });
            };
            const single = choice.columns.length === 1 ? choice.columns[0] : undefined;
            return (
              <li key={p.id} className="bind__column-row">
                <span className="bind__column-target">
                  {p.name} <span className="session__type">{p.type ? formatShape(p.type.shape) : ''}</span>
                </span>
                <span className="bind__chips" role="group" aria-label={`Columns for ${p.name}`}>
                  {file.table.header.map((c) => (
                    <button key={c} type="button" className="bind__chip" aria-pressed={choice.columns.includes(c)} onClick={() => toggle(c)}>
                      {c}
                    </button>
                  ))}
                </span>
                {single !== undefined && (
                  <label className="bind__onehot" title="One 0/1 column per class of this label column">
                    <input
                      type="checkbox"
                      className="checkbox"
                      checked={choice.oneHot !== undefined}
                      onChange={(e) => {
                        try {
                          setAssignment({ ...assignment, [p.id]: { columns: [single], ...(e.target.checked ? { oneHot: csvClasses(file.table, single, file.name) } : {}) } });
                        } catch (err) {
                          setProblem((err as Error).message);
                        }
                      }}
                    />
                    one-hot{choice.oneHot ? ` (${choice.oneHot.length} classes)` : ''}
                  </label>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <BindActions
        bindings={file && path !== undefined ? assignmentBindings(assignment, path) : { hint: 'Choose a CSV file with a header row.' }}
        files={file && path !== undefined ? { [path]: file.text } : undefined}
        evaluation={evaluation}
        onDone={onDone}
      />
    </div>
  );
}

/** The paths other bindings read, besides those this assignment rebinds. */
function boundPaths(session: ReturnType<typeof useDocument>['session'], assignment: Assignment): string[] {
  const rebound = new Set(Object.keys(assignment));
  return [...Object.entries(session?.feeds ?? {}), ...Object.entries(session?.evalFeeds ?? {})].filter(([id, b]) => b.kind === 'csv' && !rebound.has(id)).map(([, b]) => (b as { path: string }).path);
}

/** The header and the first rows of the file. */
function Preview({ table }: { table: CsvTable }) {
  const shown = table.records.slice(0, 4);
  return (
    <div className="bind__grid-wrap bind__preview">
      <table className="bind__grid">
        <thead>
          <tr>
            <th>line</th>
            {table.header.map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.line}>
              <th scope="row">{r.line}</th>
              {r.fields.map((f, i) => (
                <td key={i}>{f}</td>
              ))}
            </tr>
          ))}
          {table.records.length > shown.length && (
            <tr>
              <td colSpan={table.header.length + 1} className="bind__more">
                … {table.records.length - shown.length} more rows
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
