/**
 * `np.loadtxt` and `np.genfromtxt` of a CSV file, as the course loads its
 * data: the caller reads the file (the CLI from beside the script, the app
 * from a file the user picks), the values become data the program can slice
 * (`xy[:, 0:-1]`, `xy[:, [-1]]`), and feeding that data binds the file's
 * columns to the Placeholders. The course's files have no header row, so the
 * session keeps a copy with the columns named `col1`, `col2` ...
 */
import { isDecimal } from '../../data/csv.ts';
import { dtypeOf, intOf } from './convert.ts';
import { ImportFailure } from './importDiagnostic.ts';
import type { Handler } from './tfOps.ts';
import { describeValue, type Value } from './values.ts';

/** The largest file read, as the CLI's limit on the files it reads. */
export const MAX_DATA_FILE_CHARS = 50e6;

/** The message for a file the caller does not have, saying which file to put where. */
export function missingFileMessage(fn: string, path: string): string {
  return `${fn} reads ${path}, which is not there: put ${path} next to the program (flowboard import reads it from there; the app asks for it), then import again`;
}

function loadText(fn: string, skipKey: string): Handler {
  return (args, ctx) => {
    const path = stringArg(args.need(0, 'fname'), fn, 'the file name');
    const delimiter = args.get(-1, 'delimiter');
    const comments = args.get(-1, 'comments');
    const skip = args.get(-1, skipKey);
    const dtype = args.get(-1, 'dtype');
    const text = ctx.files.read?.(path);
    if (text === undefined) {
      if (!ctx.files.missing.includes(path)) ctx.files.missing.push(path);
      throw new ImportFailure(missingFileMessage(fn, path), args.line);
    }
    if (text.length > MAX_DATA_FILE_CHARS) throw new ImportFailure(`${path} is larger than ${MAX_DATA_FILE_CHARS / 1e6} MB; Flowboard reads data files up to that size`, args.line);
    const rows = parseRows(text, path, {
      delimiter: delimiter === undefined || delimiter.kind === 'none' ? undefined : stringArg(delimiter, fn, 'delimiter='),
      comments: comments === undefined ? '#' : comments.kind === 'none' ? undefined : stringArg(comments, fn, 'comments='),
      skip: skip === undefined ? 0 : intOf(skip, `${skipKey}=`),
    });
    const header = rows[0].fields.map((_, i) => `col${i + 1}`);
    ctx.files.kept.set(path, { text: `${header.join(',')}\n${rows.map((r) => r.fields.join(',')).join('\n')}\n`, header, line: args.line });
    const values = rows.map((r) => r.fields.map(Number));
    const isInt = dtype !== undefined && dtypeOf(dtype, 'dtype') === 'int32';
    const data: Value = { kind: 'data', value: header.length === 1 ? values.map((r) => r[0]) : values, isInt, csv: { path, columns: header.map((_, i) => i) } };
    return dtype === undefined ? data : { ...data, dtype: dtypeOf(dtype, 'dtype') };
  };
}

function stringArg(v: Value, fn: string, what: string): string {
  if (v.kind !== 'string') throw new ImportFailure(`${fn}: ${what} must be a string written in the program, got ${describeValue(v)}`);
  return v.value;
}

interface Row {
  line: number;
  fields: string[];
}

/** The file's rows of numbers, as NumPy reads them: comments and blank lines skipped, every row as long as the first. */
function parseRows(text: string, path: string, o: { delimiter?: string; comments?: string; skip: number }): Row[] {
  const rows: Row[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  for (let i = o.skip; i < lines.length; i++) {
    let content = lines[i];
    if (o.comments !== undefined && o.comments !== '') {
      const at = content.indexOf(o.comments);
      if (at >= 0) content = content.slice(0, at);
    }
    if (content.trim() === '') continue;
    const fields = (o.delimiter === undefined ? content.trim().split(/\s+/) : content.split(o.delimiter)).map((f) => f.trim());
    const bad = fields.find((f) => !isDecimal(f));
    if (bad !== undefined) throw new ImportFailure(`${path} line ${i + 1}: ${bad === '' ? 'a value is empty' : `"${bad.slice(0, 20)}" is not a number`}; every value must be a decimal number such as 3, -0.5 or 1e-3`);
    if (rows.length > 0 && fields.length !== rows[0].fields.length)
      throw new ImportFailure(`${path} line ${i + 1} has ${fields.length} values but line ${rows[0].line} has ${rows[0].fields.length}; every row needs one value per column`);
    rows.push({ line: i + 1, fields });
  }
  if (rows.length === 0) throw new ImportFailure(`${path} has no rows of numbers`);
  return rows;
}

/** Column selection on 2-D data, `data[:, cols]`: the rows kept whole, and the CSV columns followed. */
export function selectColumns(data: Extract<Value, { kind: 'data' }>, pick: (width: number) => number[] | number, line: number): Value {
  const rows = data.value;
  if (!Array.isArray(rows) || !rows.every((r) => Array.isArray(r))) throw new ImportFailure(`${describeValue(data)} has one dimension; data[:, ...] picks columns of a table`, line);
  const width = (rows[0] as unknown[] | undefined)?.length ?? 0;
  const picked = pick(width);
  const columns = typeof picked === 'number' ? [picked] : picked;
  const value = rows.map((r) => {
    const row = r as number[];
    return typeof picked === 'number' ? row[picked] : columns.map((c) => row[c]);
  });
  const csv = data.csv && { path: data.csv.path, columns: columns.map((c) => data.csv!.columns[c]) };
  return { kind: 'data', value, isInt: data.isInt, ...(data.dtype ? { dtype: data.dtype } : {}), ...(csv ? { csv } : {}) };
}

/** Column indices of `lower:upper:step` over `width` columns, as Python's slice.indices gives them. */
export function sliceColumns(width: number, lower: number | undefined, upper: number | undefined, step = 1): number[] {
  if (step === 0) throw new ImportFailure('a slice step must not be zero');
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const norm = (v: number, lo: number, hi: number) => clamp(v < 0 ? v + width : v, lo, hi);
  const start = lower === undefined ? (step > 0 ? 0 : width - 1) : norm(lower, step > 0 ? 0 : -1, step > 0 ? width : width - 1);
  const stop = upper === undefined ? (step > 0 ? width : -1) : norm(upper, step > 0 ? 0 : -1, step > 0 ? width : width - 1);
  const out: number[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i);
  return out;
}

/** One column index, negative from the end, checked against the width. */
export function columnIndex(width: number, index: number, line: number): number {
  const i = index < 0 ? index + width : index;
  if (!Number.isInteger(i) || i < 0 || i >= width) throw new ImportFailure(`column ${index} is outside the data (${width} columns)`, line);
  return i;
}

export const NUMPY_FILE_FUNCTIONS: Record<string, Handler> = {
  'np.loadtxt': loadText('np.loadtxt', 'skiprows'),
  'np.genfromtxt': loadText('np.genfromtxt', 'skip_header'),
};
