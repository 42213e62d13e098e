/**
 * Numbers and nested lists written as Python or JavaScript source: floats
 * keep a decimal point in Python (so `3.0` stays a float), booleans are
 * `True`/`False` there, and long tables are written one row per line.
 */
import type { NestedNumbers } from '../../graph/document.ts';

/** Lines longer than this put each row of a table on its own line. */
const WIDTH = 100;

/** A Python literal; `float` writes whole numbers as `3.0`. */
export function pyLiteral(v: NestedNumbers, float = false, indent = ''): string {
  return literal(v, (x) => (typeof x === 'boolean' ? (x ? 'True' : 'False') : pyNumber(x, float)), indent);
}

/** A JavaScript literal. */
export function jsLiteral(v: NestedNumbers, indent = ''): string {
  return literal(v, (x) => String(x), indent);
}

/** A Python number: `3.0` for a whole float, exponent form as JavaScript writes it (`1e-7`, valid Python too). */
export function pyNumber(x: number, float = true): string {
  const s = String(x);
  return float && Number.isInteger(x) && !/e/.test(s) ? `${s}.0` : s;
}

function literal(v: NestedNumbers, leaf: (x: number | boolean) => string, indent: string): string {
  const flat = (x: NestedNumbers): string => (Array.isArray(x) ? `[${x.map(flat).join(', ')}]` : leaf(x));
  const one = flat(v);
  if (one.length + indent.length <= WIDTH || !Array.isArray(v) || !v.some(Array.isArray)) return one;
  const inner = `${indent}    `;
  return `[\n${v.map((row) => `${inner}${literal(row, leaf, inner)}`).join(',\n')},\n${indent}]`;
}
