/**
 * A table of numbers typed or pasted as text: from a spreadsheet (tabs), as
 * CSV (commas) or separated by spaces, one row per line. A first line that is
 * not numbers is a header and is returned apart.
 */
import { isDecimal } from './csv.ts';
import { DataError } from './dataError.ts';

export interface NumberTable {
  rows: number[][];
  /** The first line's names, when it was a header. */
  header?: string[];
}

/** Parses the text; throws DataError naming the line of a ragged row or a value that is not a number. */
export function parseTableText(text: string): NumberTable {
  const lines = splitLines(text);
  if (lines.length === 0) throw new DataError('the table is empty: paste or type one row of numbers per line');
  const first = lines[0];
  const headed = first.fields.some((f) => !isDecimal(f)) && first.fields.every((f) => f !== '' && !/^[+-]?[\d.]/.test(f));
  const body = headed ? lines.slice(1) : lines;
  if (body.length === 0) throw new DataError('the table has a header row but no rows of numbers under it');
  const width = body[0].fields.length;
  const rows = body.map(({ line, fields }) => {
    if (fields.length !== width) throw new DataError(`line ${line} has ${fields.length} values but line ${body[0].line} has ${width}; every row needs the same number of values`);
    return fields.map((f, i) => {
      if (!isDecimal(f)) throw new DataError(`line ${line}, value ${i + 1}: ${f === '' ? 'the value is empty' : `"${f}" is not a number`}; write a decimal number such as 3, -0.5 or 1e-3`);
      return Number(f);
    });
  });
  return headed ? { rows, header: first.fields } : { rows };
}

/** Non-blank lines split on the text's separator (tabs, else commas, else spaces), with 1-based line numbers. */
function splitLines(text: string): { line: number; fields: string[] }[] {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const separator = raw.some((l) => l.includes('\t')) ? '\t' : raw.some((l) => l.includes(',')) ? ',' : undefined;
  return raw
    .map((l, i) => ({ line: i + 1, fields: (separator ? l.split(separator) : l.trim().split(/\s+/)).map((f) => f.trim().replace(/^"(.*)"$/, '$1')) }))
    .filter((r) => r.fields.some((f) => f !== ''));
}
