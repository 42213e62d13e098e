/** Inline data typed into a table, or pasted into it from a spreadsheet or as CSV text, for one Placeholder. */
import { type ClipboardEvent, useState } from 'react';
import type { NestedNumbers } from '../../core/graph/document.ts';
import { checkNested } from '../../core/ops/attrs.ts';
import { formatShape } from '../../core/graph/shape.ts';
import { useDocument } from '../store/hooks.ts';
import { BindActions } from './BindActions.tsx';
import type { SourceProps } from './sourceProps.ts';
import { emptyGrid, type Grid, gridFromValue, gridValue, MAX_GRID_ROWS, pasteIntoGrid, resizeGrid } from './tableGrid.ts';

const MAX_COLUMNS = 64;

/** The table editor. */
export function TableSource({ placeholders, initialId, evaluation, onDone }: SourceProps) {
  const doc = useDocument();
  const [id, setId] = useState(initialId ?? placeholders[0]?.id);
  const [drafts, setDrafts] = useState<Record<string, Grid>>({});
  const [json, setJson] = useState<Record<string, string | undefined>>({});
  const [problem, setProblem] = useState<string>();
  const p = placeholders.find((q) => q.id === id);
  if (!p) return <p className="session__note">The graph has no Placeholder to bind data to.</p>;
  const bound = (evaluation ? doc.session?.evalFeeds : doc.session?.feeds)?.[p.id];
  const boundValue = bound?.kind === 'inline' ? bound.value : undefined;
  const boundGrid = boundValue !== undefined ? gridFromValue(boundValue) : undefined;
  const grid = drafts[p.id] ?? boundGrid ?? emptyGrid(p);
  // Values of rank 3 and more are edited as JSON; the table shows ranks 0 to 2.
  const asJson = p.id in json ? json[p.id] : boundValue !== undefined && boundGrid === undefined ? JSON.stringify(boundValue) : undefined;
  const setGrid = (g: Grid) => {
    setProblem(undefined);
    setDrafts({ ...drafts, [p.id]: g });
  };
  const onPaste = (e: ClipboardEvent<HTMLInputElement>, r: number, c: number) => {
    const text = e.clipboardData.getData('text/plain');
    if (!/[\t\n,]/.test(text.trim())) return;
    e.preventDefault();
    try {
      setGrid(pasteIntoGrid(grid, r, c, text));
    } catch (err) {
      setProblem(`Nothing was pasted: ${(err as Error).message}`);
    }
  };
  const value = asJson !== undefined ? jsonValue(asJson) : gridValue(grid, p);
  /** Switches between the table and JSON, keeping the value. */
  const toggle = () => {
    setProblem(undefined);
    if (asJson === undefined) return setJson({ ...json, [p.id]: JSON.stringify('value' in value ? value.value : []) });
    const parsed = jsonValue(asJson);
    const g = 'value' in parsed ? gridFromValue(parsed.value) : undefined;
    if (!g) return setProblem('value' in parsed ? 'This value has more than two dimensions: the table shows up to rows x columns; edit it as JSON.' : parsed.problem);
    setDrafts({ ...drafts, [p.id]: g });
    setJson({ ...json, [p.id]: undefined });
  };
  const bindings = problem !== undefined ? { problem } : 'problem' in value ? { problem: value.problem } : { [p.id]: { kind: 'inline' as const, value: value.value } };
  const rows = grid.length;
  const columns = grid[0]?.length ?? 1;
  return (
    <div className="bind__table">
      <div className="bind__controls">
        <label className="bind__role">
          <span className="bind__role-label">Placeholder</span>
          <select className="input" aria-label="Placeholder" value={p.id} onChange={(e) => setId(e.target.value)}>
            {placeholders.map((q) => (
              <option key={q.id} value={q.id}>
                {q.name} {q.type ? `${formatShape(q.type.shape)} ${q.type.dtype}` : ''}
              </option>
            ))}
          </select>
        </label>
        {asJson === undefined && (
          <>
            <Size label="Rows" value={rows} max={MAX_GRID_ROWS} onChange={(n) => setGrid(resizeGrid(grid, n, columns))} />
            <Size label="Columns" value={columns} max={MAX_COLUMNS} onChange={(n) => setGrid(resizeGrid(grid, rows, n))} />
          </>
        )}
        <button type="button" className="button" onClick={toggle}>
          {asJson === undefined ? 'Edit as JSON' : 'Edit as a table'}
        </button>
      </div>
      {asJson === undefined ? (
        <>
          <p className="bind__hint">One row per example. Paste cells from a spreadsheet or lines of CSV into any cell.</p>
          <div className="bind__grid-wrap">
            <table className="bind__grid">
              <tbody>
                {grid.map((row, r) => (
                  <tr key={r}>
                    <th scope="row">{r + 1}</th>
                    {row.map((cell, c) => (
                      <td key={c}>
                        <input
                          className="bind__cell"
                          aria-label={`Row ${r + 1}, column ${c + 1}`}
                          inputMode="decimal"
                          value={cell}
                          onChange={(e) => setGrid(grid.map((rr, i) => (i === r ? rr.map((cc, j) => (j === c ? e.target.value : cc)) : rr)))}
                          onPaste={(e) => onPaste(e, r, c)}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <textarea
          className="bind__json"
          aria-label="Data as JSON"
          spellCheck={false}
          value={asJson}
          onChange={(e) => {
            setProblem(undefined);
            setJson({ ...json, [p.id]: e.target.value });
          }}
        />
      )}
      <BindActions bindings={bindings} evaluation={evaluation} onDone={onDone} />
    </div>
  );
}

function jsonValue(text: string): { value: NestedNumbers } | { problem: string } {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return { problem: `The JSON does not parse: ${(e as Error).message}` };
  }
  return checkNested(v) ? { value: v as NestedNumbers } : { problem: 'The JSON is not a number or a rectangular list of numbers, such as [[0, 1], [1, 0]].' };
}

function Size({ label, value, max, onChange }: { label: string; value: number; max: number; onChange(n: number): void }) {
  return (
    <label className="bind__size">
      <span className="bind__role-label">{label}</span>
      <input
        className="input"
        type="number"
        min={1}
        max={max}
        aria-label={label}
        value={value}
        onChange={(e) => {
          const n = Number(e.target.value);
          if (Number.isInteger(n) && n >= 1 && n <= max) onChange(n);
        }}
      />
    </label>
  );
}
