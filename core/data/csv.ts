/**
 * CSV text with a header row (RFC 4180: commas, double-quoted fields with ""
 * for a quote, CRLF or LF line ends), and the columns of it a binding names.
 */
import type { DataArray } from './dataArray.ts';
import { DataError } from './dataError.ts';

export interface CsvRecord {
  /** 1-based line where the record starts (the header is line 1). */
  line: number;
  fields: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

/** Parses CSV text; `source` (a file name) prefixes error messages. Blank lines are skipped. */
export function parseCsv(text: string, source: string): CsvTable {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let sawAny = false;
  const endRecord = () => {
    fields.push(field);
    if (sawAny) records.push({ line: start, fields });
    fields = [];
    field = '';
    sawAny = false;
  };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
      sawAny = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      sawAny = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else {
      if (c.trim() !== '') sawAny = true;
      field += c;
    }
  }
  if (quoted) throw new DataError(`${source} line ${start}: a quoted field is never closed; add the closing "`);
  endRecord();
  if (records.length === 0) throw new DataError(`${source} is empty: it needs a header row naming the columns, then one row per example`);
  const [head, ...rest] = records;
  const header = head.fields.map((h) => h.trim());
  for (const r of rest)
    if (r.fields.length !== header.length)
      throw new DataError(`${source} line ${r.line} has ${r.fields.length} fields but the header has ${header.length}; every row needs one value per column`);
  return { header, records: rest };
}

/** The named columns as an [examples, columns] matrix; throws DataError naming the line and column of a bad number. */
export function csvColumns(table: CsvTable, columns: readonly string[], source: string): DataArray {
  if (columns.length === 0) throw new DataError(`no columns of ${source} are bound; name at least one of: ${table.header.join(', ')}`);
  const at = columns.map((name) => {
    const i = table.header.indexOf(name);
    if (i < 0) throw new DataError(`${source} has no column "${name}"; its columns are: ${table.header.join(', ')}`);
    return i;
  });
  const values = new Float32Array(table.records.length * columns.length);
  table.records.forEach((r, row) => {
    at.forEach((col, k) => {
      const text = r.fields[col].trim();
      const value = Math.fround(Number(text));
      if (!isDecimal(text) || !Number.isFinite(value)) {
        const problem = text === '' ? 'the value is empty' : NUMBER.test(text) ? `${text} is too large for float32` : `"${text}" is not a number`;
        throw new DataError(`${source} line ${r.line}, column "${columns[k]}": ${problem}; write a decimal number such as 3, -0.5 or 1e-3`);
      }
      values[row * columns.length + k] = value;
    });
  });
  return { values, shape: [table.records.length, columns.length] };
}

/** Finite decimal numbers only: no hex, no Infinity or NaN, which Number() would accept. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Whether the text is a decimal number such as 3, -0.5 or 1e-3. */
export function isDecimal(text: string): boolean {
  return NUMBER.test(text);
}
