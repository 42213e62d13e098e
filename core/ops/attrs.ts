/**
 * Attribute specs: what an op's attrs may hold, their defaults and ranges.
 * Validation turns raw JSON attrs into typed values or readable errors.
 */
import type { AttrValue, NestedNumbers } from '../graph/document.ts';
import type { Dim, DType } from '../graph/shape.ts';
import { DTYPES } from '../graph/shape.ts';
import { type InitializerSpec, seedProblem, validateInitializer } from './initializers.ts';

interface SpecBase {
  doc: string;
}
export type AttrSpec =
  | (SpecBase & { type: 'float'; default: number; min?: number; max?: number; exclusiveMin?: boolean })
  | (SpecBase & { type: 'int'; default: number; min?: number; max?: number })
  | (SpecBase & { type: 'bool'; default: boolean })
  | (SpecBase & { type: 'enum'; options: readonly string[]; default: string })
  | (SpecBase & { type: 'dtype'; default: DType; options?: readonly DType[] })
  /** Dims are numbers or null (`?`); `allowMinusOne` admits one -1 (Reshape); `nullable` admits null for "any shape". */
  | (SpecBase & { type: 'shape'; default: Dim[] | null; allowUnknown?: boolean; allowMinusOne?: boolean; nullable?: boolean })
  /** A list of ints (axes, permutation); `nullable` admits null meaning "all". A bare int is read as a list of one. */
  | (SpecBase & { type: 'ints'; default: number[] | null; nullable?: boolean })
  | (SpecBase & { type: 'tensor'; default: NestedNumbers })
  | (SpecBase & { type: 'initializer'; default: InitializerSpec })
  /** A random op's seed (TF's `seed=`): a whole number, or null for none given. */
  | (SpecBase & { type: 'seed'; default: null })
  | (SpecBase & { type: 'string'; default: string });

export type AttrSpecs = Record<string, AttrSpec>;

/** The typed value of an attr, by its spec. */
export type AttrValueOf<S extends AttrSpec> = S extends { type: 'float' | 'int' }
  ? number
  : S extends { type: 'bool' }
    ? boolean
    : S extends { type: 'enum'; options: readonly (infer O)[] }
      ? O
      : S extends { type: 'dtype' }
        ? DType
        : S extends { type: 'shape'; nullable: true }
          ? Dim[] | null
          : S extends { type: 'shape' }
          ? Dim[]
          : S extends { type: 'ints' }
            ? number[] | null
            : S extends { type: 'tensor' }
              ? NestedNumbers
              : S extends { type: 'initializer' }
                ? InitializerSpec
                : S extends { type: 'seed' }
                  ? number | null
                  : string;

export type AttrValues<A extends AttrSpecs> = { readonly [K in keyof A]: AttrValueOf<A[K]> };

export interface AttrProblem {
  attr: string;
  message: string;
}

/**
 * Validates raw attrs against specs: fills defaults, rejects wrong types,
 * out-of-range values and unknown attrs. Never throws.
 */
export function resolveAttrs(specs: AttrSpecs, raw: Record<string, AttrValue>): { values: Record<string, unknown>; problems: AttrProblem[] } {
  const values: Record<string, unknown> = {};
  const problems: AttrProblem[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const has = Object.prototype.hasOwnProperty.call(raw, name) && raw[name] !== undefined;
    if (!has) {
      values[name] = spec.default;
      continue;
    }
    const checked = checkAttr(spec, raw[name]);
    if (checked instanceof Problem) {
      problems.push({ attr: name, message: checked.message });
      values[name] = spec.default;
    } else {
      values[name] = checked;
    }
  }
  for (const name of Object.keys(raw)) {
    if (!Object.prototype.hasOwnProperty.call(specs, name)) problems.push({ attr: name, message: `unknown attribute "${name}"` });
  }
  return { values, problems };
}

class Problem {
  constructor(readonly message: string) {}
}
type Checked = unknown;


function checkAttr(spec: AttrSpec, v: AttrValue): Checked {
  switch (spec.type) {
    case 'float':
    case 'int': {
      if (typeof v !== 'number' || !Number.isFinite(v)) return new Problem(`must be a finite number, got ${describe(v)}`);
      if (spec.type === 'int' && !Number.isInteger(v)) return new Problem(`must be a whole number, got ${v}`);
      if (spec.min !== undefined && (v < spec.min || (spec.type === 'float' && spec.exclusiveMin && v === spec.min)))
        return new Problem(`must be ${spec.type === 'float' && spec.exclusiveMin ? 'greater than' : 'at least'} ${spec.min}, got ${v}`);
      if (spec.max !== undefined && v > spec.max) return new Problem(`must be at most ${spec.max}, got ${v}`);
      return v;
    }
    case 'bool':
      return typeof v === 'boolean' ? v : new Problem(`must be true or false, got ${describe(v)}`);
    case 'string':
      return typeof v === 'string' ? v : new Problem(`must be text, got ${describe(v)}`);
    case 'enum':
      return typeof v === 'string' && spec.options.includes(v) ? v : new Problem(`must be one of ${spec.options.join(', ')}, got ${describe(v)}`);
    case 'dtype': {
      const allowed = spec.options ?? DTYPES;
      return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? v : new Problem(`must be one of ${allowed.join(', ')}, got ${describe(v)}`);
    }
    case 'shape':
      return checkShape(spec, v);
    case 'ints': {
      if (v === null) return spec.nullable ? null : new Problem('must be a list of whole numbers');
      const list = typeof v === 'number' ? [v] : v;
      if (!Array.isArray(list) || list.length > 64 || !list.every((x) => typeof x === 'number' && Number.isInteger(x) && Math.abs(x) < 2 ** 31))
        return new Problem(`must be a whole number or a list of them${spec.nullable ? ', or null for all' : ''}, got ${describe(v)}`);
      return list as number[];
    }
    case 'tensor':
      return checkNested(v) ? v : new Problem('must be a number, true/false, or a rectangular nested list of them');
    case 'initializer': {
      const r = validateInitializer(v);
      return 'problem' in r ? new Problem(r.problem) : r.spec;
    }
    case 'seed': {
      if (v === null) return null;
      const problem = seedProblem(v);
      return problem ? new Problem(`${problem}, or empty for none`) : v;
    }
  }
}

function checkShape(spec: Extract<AttrSpec, { type: 'shape' }>, v: AttrValue): Checked {
  if (v === null && spec.nullable) return null;
  if (!Array.isArray(v) || v.length > 32) return new Problem(`must be a list of dimensions such as [null, 784], got ${describe(v)}`);
  let minusOnes = 0;
  for (const d of v) {
    if (d === null) {
      if (!spec.allowUnknown) return new Problem('must have every dimension known (no null)');
      continue;
    }
    if (typeof d !== 'number' || !Number.isInteger(d)) return new Problem(`dimensions must be whole numbers${spec.allowUnknown ? ' or null' : ''}, got ${describe(d)}`);
    if (d === -1 && spec.allowMinusOne) {
      minusOnes++;
      continue;
    }
    if (d < 0 || d > 2 ** 31 - 1) return new Problem(`dimension ${d} is out of range`);
  }
  if (minusOnes > 1) return new Problem('at most one dimension may be -1');
  return v as Dim[];
}

/** True for a number/bool or a rectangular nested list of them (bounded depth). */
export function checkNested(v: unknown, depth = 0): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'boolean') return true;
  if (!Array.isArray(v) || depth > 8) return false;
  if (v.length === 0) return true;
  const first = v[0];
  const firstIsList = Array.isArray(first);
  const firstLen = firstIsList ? first.length : -1;
  for (const item of v) {
    if (Array.isArray(item) !== firstIsList) return false;
    if (firstIsList && (item as unknown[]).length !== firstLen) return false;
    if (!checkNested(item, depth + 1)) return false;
  }
  return true;
}

/** The static shape of a nested list literal (assumed rectangular). */
export function nestedShape(v: NestedNumbers): number[] {
  const shape: number[] = [];
  let cur: NestedNumbers = v;
  while (Array.isArray(cur)) {
    shape.push(cur.length);
    if (cur.length === 0) break;
    cur = cur[0];
  }
  return shape;
}

function describe(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 40 ? `${s.slice(0, 37)}...` : s;
}
