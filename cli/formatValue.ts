/**
 * Fetched tensor values as the CLI shows them: plain JSON (bools as
 * true/false, float32 without binary noise) and a NumPy-like text layout.
 */

export type PlainValue = number | boolean | PlainValue[];

/** What `tensor.array()` returns. */
type RawValue = number | RawValue[];

/** Tensors with more elements than this print summarised, like NumPy. */
const SUMMARY_THRESHOLD = 1000;
/** Entries kept at each end of a summarised axis. */
const EDGE_ITEMS = 3;

/** The plain value of tensor data of the given dtype. */
export function plainValue(data: RawValue, dtype: string): PlainValue {
  if (Array.isArray(data)) return data.map((d) => plainValue(d, dtype));
  if (dtype === 'bool') return data !== 0;
  if (dtype === 'float32') return shortestFloat32(data);
  return data;
}

/**
 * The shortest decimal that reads back as the same float32: 0.1 rather than
 * 0.10000000149011612, which is what the float32 widens to as a double.
 */
export function shortestFloat32(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  for (let digits = 1; digits < 9; digits++) {
    const y = Number(x.toPrecision(digits));
    if (Math.fround(y) === x) return y;
  }
  return x;
}

/** True when any leaf is NaN or infinite (JSON cannot hold those). */
export function hasNonFinite(v: PlainValue): boolean {
  return Array.isArray(v) ? v.some(hasNonFinite) : typeof v === 'number' && !Number.isFinite(v);
}

/**
 * Readable text of a value: `7`, `[3, 7]`, a matrix one row per line with
 * columns aligned. Continuation lines start with `indent` spaces so the value
 * can follow a label such as `W = `.
 */
export function formatValue(v: PlainValue, indent = 0): string {
  if (!Array.isArray(v)) return String(v);
  const summarize = elementCount(v) > SUMMARY_THRESHOLD;
  const width = Array.isArray(v[0]) ? Math.max(0, ...shownLeaves(v, summarize).map((x) => String(x).length)) : 0;
  return render(v, 1, ' '.repeat(indent), summarize, width);
}

const ELLIPSIS = Symbol('...');

function shown(list: PlainValue[], summarize: boolean): (PlainValue | typeof ELLIPSIS)[] {
  if (!summarize || list.length <= 2 * EDGE_ITEMS) return list;
  return [...list.slice(0, EDGE_ITEMS), ELLIPSIS, ...list.slice(-EDGE_ITEMS)];
}

function render(v: PlainValue[], depth: number, pad: string, summarize: boolean, width: number): string {
  const items = shown(v, summarize);
  if (!Array.isArray(v[0])) return `[${items.map((x) => (x === ELLIPSIS ? '...' : String(x).padStart(width))).join(', ')}]`;
  const rows = items.map((x) => (x === ELLIPSIS ? '...' : render(x as PlainValue[], depth + 1, pad, summarize, width)));
  // NumPy separates the blocks of a rank-3+ tensor with a blank line.
  const gap = Array.isArray((v[0] as PlainValue[])[0]) ? '\n' : '';
  return `[${rows.join(`,\n${gap}${pad}${' '.repeat(depth)}`)}]`;
}

function shownLeaves(v: PlainValue, summarize: boolean): PlainValue[] {
  if (!Array.isArray(v)) return [v];
  return shown(v, summarize).flatMap((x) => (x === ELLIPSIS ? [] : shownLeaves(x, summarize)));
}

function elementCount(v: PlainValue): number {
  let n = 1;
  let cur: PlainValue = v;
  while (Array.isArray(cur)) {
    n *= cur.length;
    if (cur.length === 0) break;
    cur = cur[0];
  }
  return n;
}
