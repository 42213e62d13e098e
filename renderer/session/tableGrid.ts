/**
 * The inline table editor's model: a grid of cell texts, sized rows x
 * columns, that pasted spreadsheet or CSV text fills from the cell it lands
 * in, and that becomes inline data laid out for its Placeholder.
 */
import { isDecimal } from '../../core/data/csv.ts';
import { parseTableText } from '../../core/data/tableText.ts';
import type { NestedNumbers } from '../../core/graph/document.ts';
import { nestedShape } from '../../core/ops/attrs.ts';
import type { PlaceholderInfo } from './placeholders.ts';

export type Grid = string[][];

/** The most rows the grid edits; more data comes from a CSV file. */
export const MAX_GRID_ROWS = 500;

/** The grid showing an inline value of rank 0, 1 or 2 (a list fills one column); undefined for anything else. */
export function gridFromValue(value: NestedNumbers): Grid | undefined {
  const shape = nestedShape(value);
  const text = (v: NestedNumbers) => (typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  if (shape.length === 0) return [[text(value)]];
  if (shape.length === 1) return (value as NestedNumbers[]).map((v) => [text(v)]);
  if (shape.length === 2 && shape[0] <= MAX_GRID_ROWS) return (value as NestedNumbers[][]).map((row) => row.map(text));
  return undefined;
}

/** An empty grid sized for one example per row of the Placeholder. */
export function emptyGrid(p: PlaceholderInfo | undefined, rows = 4): Grid {
  const scalar = p?.type?.shape?.length === 0;
  return resizeGrid([], scalar ? 1 : rows, scalar ? 1 : (p?.width ?? 1));
}

/** The grid cut or padded (with empty cells) to rows x columns. */
export function resizeGrid(grid: Grid, rows: number, columns: number): Grid {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => grid[r]?.[c] ?? ''));
}

/** The grid with pasted text filled in from (row, column), growing to fit; throws DataError naming the line of bad text. */
export function pasteIntoGrid(grid: Grid, row: number, column: number, text: string): Grid {
  const { rows } = parseTableText(text);
  const height = Math.max(grid.length, row + rows.length);
  const width = Math.max(grid[0]?.length ?? 0, column + rows[0].length);
  if (height > MAX_GRID_ROWS) throw new RangeError(`the table editor holds up to ${MAX_GRID_ROWS} rows; bind a CSV file for more`);
  const out = resizeGrid(grid, height, width);
  rows.forEach((values, r) => values.forEach((v, c) => (out[row + r][column + c] = String(v))));
  return out;
}

/** The grid as inline data for the Placeholder (a list for a rank-1 one, a number for a scalar), or the first cell that is not a number. */
export function gridValue(grid: Grid, p: PlaceholderInfo | undefined): { value: NestedNumbers } | { problem: string } {
  for (let r = 0; r < grid.length; r++)
    for (let c = 0; c < grid[r].length; c++) {
      const t = grid[r][c].trim();
      if (!isDecimal(t)) return { problem: `row ${r + 1}, column ${c + 1}: ${t === '' ? 'the cell is empty' : `"${t}" is not a number`}` };
    }
  const rows = grid.map((row) => row.map((t) => Number(t.trim())));
  const rank = p?.type?.shape?.length;
  if (rank === 0 && rows.length === 1 && rows[0].length === 1) return { value: rows[0][0] };
  if (rank === 1 && rows.every((r) => r.length === 1)) return { value: rows.map((r) => r[0]) };
  return { value: rows };
}
