/**
 * A feed as the learner types it: a JSON value (`3`, `[1, 3]`,
 * `[[0, 1], [1, 0]]`) or a table pasted from a spreadsheet or CSV text (one
 * row per line, cells split by commas, tabs, semicolons or spaces). Checked
 * against the Placeholder with the session's own words before it runs.
 */
import type { NestedNumbers } from '../../core/graph/document.ts';
import type { TensorType } from '../../core/graph/shape.ts';
import { checkNested, nestedShape } from '../../core/ops/attrs.ts';
import { feedShapeMessage } from '../../core/runtime/feedShape.ts';

export type FeedParse = { ok: true; value: NestedNumbers; shape: number[] } | { ok: false; message: string };

/** The value typed for Placeholder `name` of `type`; a table fills a vector or scalar placeholder when its shape allows. */
export function parseFeedText(text: string, name: string, type: TensorType | undefined): FeedParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: `Type a value for "${name}": a number, a list such as [1, 3], or rows pasted from a spreadsheet` };
  const json = parseJson(trimmed);
  let value: NestedNumbers;
  if (json !== undefined) {
    if (!checkNested(json)) return { ok: false, message: `The feed for "${name}" is not a number or a rectangular list of numbers` };
    value = json as NestedNumbers;
  } else {
    const table = parseTable(trimmed, name);
    if (!table.ok) return table;
    value = fitTable(table.rows, type);
  }
  const shape = nestedShape(value);
  const problem = type ? feedShapeMessage(name, shape, type) : undefined;
  return problem ? { ok: false, message: problem } : { ok: true, value, shape };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Rows of numbers; refuses a ragged table or a cell that is not a number, naming its line. */
export function parseTable(text: string, name: string): { ok: true; rows: number[][] } | { ok: false; message: string } {
  const rows: number[][] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const cells = line.split(/[\t,;]|\s+/).filter((c) => c.trim() !== '');
    const row: number[] = [];
    for (const cell of cells) {
      const v = Number(cell.trim());
      if (!Number.isFinite(v)) return { ok: false, message: `The feed for "${name}", line ${i + 1}: "${cell.trim()}" is not a number; write JSON such as [[1, 2], [3, 4]] or rows of numbers` };
      row.push(v);
    }
    if (rows.length > 0 && row.length !== rows[0].length)
      return { ok: false, message: `The feed for "${name}", line ${i + 1}: ${row.length} cell${row.length === 1 ? '' : 's'} where the first row has ${rows[0].length}; every row needs as many` };
    rows.push(row);
  }
  return { ok: true, rows };
}

/** A one-row or one-column table feeds a vector, a 1x1 table a scalar, when the placeholder has that rank. */
function fitTable(rows: number[][], type: TensorType | undefined): NestedNumbers {
  const rank = type?.shape?.length;
  if (rank === 0 && rows.length === 1 && rows[0].length === 1) return rows[0][0];
  if (rank === 1 && rows.length === 1) return rows[0];
  if (rank === 1 && rows.every((r) => r.length === 1)) return rows.map((r) => r[0]);
  return rows;
}

/** A value as the feed field shows it: compact JSON. */
export function feedJson(value: NestedNumbers): string {
  return JSON.stringify(value).replace(/,/g, ', ');
}
