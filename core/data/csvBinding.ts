/**
 * A CSV binding's data: its named columns as numbers, or one label column
 * one-hot encoded over the classes the binding lists.
 */
import type { CsvBinding } from '../graph/document.ts';
import { csvColumns, type CsvTable, isDecimal, parseCsv } from './csv.ts';
import type { DataArray } from './dataArray.ts';
import { DataError } from './dataError.ts';

/** The data the binding takes from the table; throws DataError naming the line of a bad value. */
export function csvBindingData(table: CsvTable, binding: Pick<CsvBinding, 'columns' | 'oneHot'>, source: string): DataArray {
  if (!binding.oneHot) return csvColumns(table, binding.columns, source);
  if (binding.columns.length !== 1) throw new DataError(`one-hot encodes one label column of ${source}, but ${binding.columns.length} are bound`);
  return csvOneHot(table, binding.columns[0], binding.oneHot, source);
}

/** One column as one 0/1 column per class, in the classes' order. */
export function csvOneHot(table: CsvTable, column: string, classes: readonly string[], source: string): DataArray {
  const col = columnIndex(table, column, source);
  const index = new Map(classes.map((c, i) => [c, i]));
  const values = new Float32Array(table.records.length * classes.length);
  table.records.forEach((r, row) => {
    const text = r.fields[col].trim();
    const k = index.get(text);
    if (k === undefined) throw new DataError(`${source} line ${r.line}, column "${column}": "${text}" is not one of the classes ${classes.join(', ')}; pick the column's classes again`);
    values[row * classes.length + k] = 1;
  });
  return { values, shape: [table.records.length, classes.length] };
}

/** The distinct values of a column: in numeric order when all are numbers, else in the order they first appear. */
export function csvClasses(table: CsvTable, column: string, source: string): string[] {
  const col = columnIndex(table, column, source);
  const seen = [...new Set(table.records.map((r) => r.fields[col].trim()))];
  const empty = table.records.find((r) => r.fields[col].trim() === '');
  if (empty) throw new DataError(`${source} line ${empty.line}, column "${column}": the label is empty; every row needs a class`);
  const numeric = seen.every(isDecimal);
  return numeric ? seen.sort((a, b) => Number(a) - Number(b)) : seen;
}

function columnIndex(table: CsvTable, column: string, source: string): number {
  const i = table.header.indexOf(column);
  if (i < 0) throw new DataError(`${source} has no column "${column}"; its columns are: ${table.header.join(', ')}`);
  return i;
}

/** A CSV file picked to bind: refuses an empty file, a header without rows and ragged rows, naming the line. */
export function parseCsvFile(text: string, name: string): CsvTable {
  const table = parseCsv(text, name);
  if (table.records.length === 0) throw new DataError(`${name} has a header row (${table.header.join(', ')}) but no rows of data; add one row per example`);
  const blank = table.header.findIndex((h) => h === '');
  if (blank >= 0) throw new DataError(`${name} line 1: column ${blank + 1} has no name; name every column in the header row`);
  const twice = table.header.find((h, i) => table.header.indexOf(h) !== i);
  if (twice !== undefined) throw new DataError(`${name} line 1: two columns are named "${twice}"; give each column its own name`);
  return table;
}

/** The first value of a column that is not a number, with its line; undefined when all are numbers. */
export function firstNonNumber(table: CsvTable, column: string): { line: number; text: string } | undefined {
  const col = table.header.indexOf(column);
  for (const r of table.records) {
    const text = r.fields[col]?.trim() ?? '';
    if (!isDecimal(text)) return { line: r.line, text };
  }
  return undefined;
}
