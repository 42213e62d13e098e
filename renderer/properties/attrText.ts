/**
 * Attribute values as the properties panel's text fields show and read them:
 * shapes as `[?, 784]` (also `?,784`, `[null, 784]`, `(None, 784)`), lists of
 * ints as `0, 1`, tensors as JSON. Parsing then checks the op's spec, so the
 * message under a field is the one the core would give.
 */
import type { AttrValue } from '../../core/graph/document.ts';
import { type AttrSpec, resolveAttrs } from '../../core/ops/attrs.ts';

export type Parsed = { value: AttrValue } | { error: string };

/** The text a field shows for a value. */
export function formatAttr(spec: AttrSpec, value: AttrValue): string {
  switch (spec.type) {
    case 'shape':
      return Array.isArray(value) ? `[${value.map((d) => (d === null ? '?' : String(d))).join(', ')}]` : '';
    case 'ints':
      return Array.isArray(value) ? value.join(', ') : typeof value === 'number' ? String(value) : '';
    case 'tensor':
    case 'initializer':
      return JSON.stringify(value);
    default:
      return value === null ? '' : String(value);
  }
}

/** Reads a field's text as a value of the spec's type and checks it against the spec. */
export function parseAttr(spec: AttrSpec, text: string): Parsed {
  const parsed = read(spec, text.trim());
  if ('error' in parsed) return parsed;
  const problem = specProblem(spec, parsed.value);
  return problem ? { error: problem } : parsed;
}

/** The spec's complaint about a value, or undefined when it is acceptable. */
export function specProblem(spec: AttrSpec, value: AttrValue): string | undefined {
  const { problems } = resolveAttrs({ attr: spec }, { attr: value });
  return problems[0] ? `Value ${problems[0].message}` : undefined;
}

function read(spec: AttrSpec, text: string): Parsed {
  switch (spec.type) {
    case 'float':
    case 'int': {
      if (text === '') return { error: 'Enter a number' };
      const n = Number(text);
      return Number.isNaN(n) ? { error: `"${text}" is not a number` } : { value: n };
    }
    case 'seed': {
      if (text === '') return { value: null };
      const n = Number(text);
      return Number.isNaN(n) ? { error: `"${text}" is not a number` } : { value: n };
    }
    case 'bool':
      return text === 'true' || text === 'false' ? { value: text === 'true' } : { error: 'Enter true or false' };
    case 'shape':
      return readShape(text, spec.nullable === true);
    case 'ints':
      return readInts(text, spec.nullable === true);
    case 'tensor':
    case 'initializer':
      try {
        return { value: JSON.parse(text) as AttrValue };
      } catch {
        return { error: spec.type === 'tensor' ? 'Enter a number or a nested list such as [[1, 2], [3, 4]]' : 'Enter JSON such as {"kind": "zeros"}' };
      }
    default:
      return { value: text };
  }
}

const UNKNOWN_DIM = new Set(['?', 'null', 'none', '-1?']);

function readShape(text: string, nullable: boolean): Parsed {
  if (nullable && (text === '' || /^(any|\*|<unknown>)$/i.test(text))) return { value: null };
  if (text === '') return { error: 'Enter a shape such as [2, 3], or [] for a scalar' };
  const inner = stripBrackets(text);
  if (inner === undefined) return { error: 'Unbalanced brackets: write a shape like [?, 784]' };
  const parts = splitList(inner);
  const dims: (number | null)[] = [];
  for (const p of parts) {
    if (UNKNOWN_DIM.has(p.toLowerCase())) dims.push(null);
    else if (/^-?\d+$/.test(p)) dims.push(Number(p));
    else return { error: `"${p}" is not a dimension: use a whole number, or ? for any size` };
  }
  return { value: dims };
}

function readInts(text: string, nullable: boolean): Parsed {
  if (nullable && (text === '' || /^all$/i.test(text))) return { value: null };
  const inner = stripBrackets(text);
  if (inner === undefined) return { error: 'Unbalanced brackets: write whole numbers such as 0, 1' };
  const parts = splitList(inner);
  const bad = parts.find((p) => !/^-?\d+$/.test(p));
  if (bad !== undefined) return { error: `"${bad}" is not a whole number` };
  return { value: parts.map(Number) };
}

/** The text inside one pair of [] or () if present; undefined when the brackets do not pair up. */
function stripBrackets(text: string): string | undefined {
  const open = /^[[(]/.test(text);
  const close = /[\])]$/.test(text);
  if (open !== close) return undefined;
  return open ? text.slice(1, -1).trim() : text;
}

/** Comma-separated items; a trailing comma (Python's `(784,)`) adds nothing. */
function splitList(inner: string): string[] {
  if (inner === '') return [];
  const parts = inner.split(',').map((p) => p.trim());
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}
