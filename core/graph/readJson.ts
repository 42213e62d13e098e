/**
 * Helpers for reading untrusted JSON: type guards, bounded copies and short
 * descriptions of bad values. Every walk has a depth limit, so no input can
 * overflow the stack or run away.
 */
import type { AttrValue } from './document.ts';

export type JsonRecord = Record<string, unknown>;

/** Deepest nesting accepted in an attribute value or inline data. */
export const MAX_DEPTH = 32;

/** A plain object (not an array, null, Date, Map ...). */
export function isRecord(v: unknown): v is JsonRecord {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** An own property, so inherited names like `constructor` never read as fields. */
export function own(record: JsonRecord, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Own keys whose values are not undefined: the keys JSON would keep. */
export function definedKeys(record: JsonRecord): string[] {
  return Object.keys(record).filter((k) => record[k] !== undefined);
}

/** A non-empty string, or undefined. */
export function nonEmptyString(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/**
 * Sets a key as an own data property. Plain assignment of `__proto__` would
 * replace the object's prototype instead of storing the key.
 */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A fresh JSON copy of an attribute value, or why it is not one. */
export function copyAttrValue(v: unknown, depth = 0): { value: AttrValue } | { problem: string } {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return { value: v };
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v } : { problem: `${describe(v)} is not a finite number` };
  if (depth >= MAX_DEPTH) return { problem: `it is nested deeper than ${MAX_DEPTH} levels` };
  if (Array.isArray(v)) {
    const out: AttrValue[] = [];
    for (let i = 0; i < v.length; i++) {
      const item = copyAttrValue(v[i], depth + 1);
      if ('problem' in item) return item;
      out.push(item.value);
    }
    return { value: out };
  }
  if (isRecord(v)) {
    const out: Record<string, AttrValue> = {};
    for (const key of Object.keys(v)) {
      // As in JSON.stringify, a key holding undefined is absent.
      if (v[key] === undefined) continue;
      const item = copyAttrValue(v[key], depth + 1);
      if ('problem' in item) return item;
      setOwn(out, key, item.value);
    }
    return { value: out };
  }
  return { problem: `${describe(v)} is not a JSON value` };
}

/** A short description of any value for a message; never stringifies a whole structure. */
export function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'string') return v.length > 40 ? `${JSON.stringify(v.slice(0, 37))}...` : JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object') return isRecord(v) ? 'an object' : 'a non-JSON object';
  return `a ${typeof v}`;
}
