/**
 * Inline data: a JSON number or nested list written into the document.
 */
import type { NestedNumbers } from '../graph/document.ts';
import type { DataArray } from './dataArray.ts';
import { DataError } from './dataError.ts';

/** Flattens a nested list (true/false become 1/0); throws DataError naming the first ragged or bad entry. */
export function inlineData(value: NestedNumbers, what = 'the data'): DataArray {
  const shape: number[] = [];
  for (let cur: NestedNumbers = value; Array.isArray(cur); cur = cur[0]) {
    shape.push(cur.length);
    if (cur.length === 0) break;
  }
  const values = new Float32Array(shape.reduce((a, b) => a * b, 1));
  let at = 0;
  const walk = (v: NestedNumbers, depth: number, path: string): void => {
    if (depth === shape.length) {
      if (typeof v === 'boolean') values[at++] = v ? 1 : 0;
      else if (typeof v === 'number' && Number.isFinite(v)) values[at++] = v;
      else throw new DataError(`${what}: ${where(path)} is ${describe(v)}, where a number is expected${Array.isArray(v) ? ` (the first entry is nested ${depth} deep)` : ''}`);
      return;
    }
    if (!Array.isArray(v)) throw new DataError(`${what}: ${where(path)} is ${describe(v)}, where a list of ${shape[depth]} is expected; every row must have the same length`);
    if (v.length !== shape[depth])
      throw new DataError(`${what}: ${where(path)} has ${v.length} entries where the first one at its depth has ${shape[depth]}; every row must have the same length`);
    v.forEach((item, i) => walk(item, depth + 1, `${path}[${i}]`));
  };
  walk(value, 0, '');
  return { values, shape };
}

function where(path: string): string {
  return path === '' ? 'the value' : `entry ${path}`;
}

function describe(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 30 ? `${s.slice(0, 27)}...` : s;
}
