/**
 * Reading Python values as what a TF call needs: a tensor (numbers and lists
 * become Constant nodes, as TF1 converts them), a whole number, a shape, a
 * dtype. Anything else is an ImportFailure that says what was expected.
 */
import type { NestedNumbers } from '../../graph/document.ts';
import type { Dim, DType } from '../../graph/shape.ts';
import type { ImportContext } from './context.ts';
import { ImportFailure } from './importDiagnostic.ts';
import { type DataValue, describeValue, type TensorValue, type Value } from './values.ts';

/** The value as a tensor; a number or data becomes a Constant of dtype `like` (the other operand's), as TF1 converts it. */
export function toTensor(ctx: ImportContext, v: Value, what: string, like?: DType): TensorValue {
  switch (v.kind) {
    case 'tensor':
      return v;
    case 'number':
    case 'bool': {
      const dtype = constantDType(v.kind === 'bool' ? 'bool' : v.isInt ? 'int32' : 'float32', like, v.kind === 'number' && !Number.isInteger(v.value), what);
      const value = v.kind === 'bool' ? v.value : v.value;
      return ctx.draft.add('Constant', { value, dtype }, {}, { base: v.kind === 'number' && v.source ? v.source : 'Const' });
    }
    case 'data': {
      const dtype = v.dtype ?? constantDType(v.isInt ? 'int32' : 'float32', like, !v.isInt, what);
      if (v.source === undefined) return ctx.draft.add('Constant', { value: v.value, dtype }, {}, { base: 'Const' });
      // One Constant per Python name: `x_data` used twice is one node.
      const key = `${v.source}:${dtype}`;
      const cached = ctx.constants.get(key);
      if (cached && ctx.draft.node(cached.ref.node)) return cached;
      const made = ctx.draft.add('Constant', { value: v.value, dtype }, {}, { base: v.source });
      ctx.constants.set(key, made);
      return made;
    }
    case 'failed':
      throw failedUse(v);
    case 'fetched':
      // The course computes on results in Python (argmax of fetched predictions, an ensemble's sum of them): that is NumPy, not graph.
      throw new ImportFailure(`${what} must be a tensor or numbers, got ${describeValue(v)}: a NumPy value computed in Python after the session ran, which the graph cannot take; compute it from the graph's tensors instead`);
    default:
      throw new ImportFailure(`${what} must be a tensor or numbers, got ${describeValue(v)}`);
  }
}

function constantDType(natural: DType, like: DType | undefined, fractional: boolean, what: string): DType {
  if (like === undefined || like === natural) return natural;
  if (like === 'bool' || natural === 'bool') throw new ImportFailure(`${what}: TF1 cannot mix a ${natural} value with a ${like} tensor; tf.cast one of them`);
  if (like === 'int32' && fractional) throw new ImportFailure(`${what}: a fraction cannot become an int32 tensor; tf.cast the tensor to tf.float32 first`);
  return like;
}

/** The error for using a name whose statement was not imported. */
export function failedUse(v: Extract<Value, { kind: 'failed' }>): ImportFailure {
  return new ImportFailure(`${v.name} comes from line ${v.line}, which was not imported`);
}

export function numberOf(v: Value, what: string): number {
  if (v.kind === 'number') return v.value;
  if (v.kind === 'bool') return v.value ? 1 : 0;
  if (v.kind === 'failed') throw failedUse(v);
  throw new ImportFailure(`${what} must be a number, got ${describeValue(v)}`);
}

export function intOf(v: Value, what: string): number {
  const n = numberOf(v, what);
  if (!Number.isInteger(n)) throw new ImportFailure(`${what} must be a whole number, got ${n}`);
  return n;
}

export function boolOf(v: Value, what: string): boolean {
  if (v.kind === 'bool') return v.value;
  if (v.kind === 'number') return v.value !== 0;
  if (v.kind === 'failed') throw failedUse(v);
  throw new ImportFailure(`${what} must be True or False, got ${describeValue(v)}`);
}

export function stringOf(v: Value, what: string): string {
  if (v.kind === 'string') return v.value;
  if (v.kind === 'failed') throw failedUse(v);
  throw new ImportFailure(`${what} must be a string, got ${describeValue(v)}`);
}

/** A whole number or a list of them (axes, a permutation); None gives null. */
export function intsOf(v: Value, what: string): number[] | null {
  if (v.kind === 'none') return null;
  if (v.kind === 'number') return [intOf(v, what)];
  if (v.kind === 'data' && Array.isArray(v.value) && v.value.every((x) => typeof x === 'number' && Number.isInteger(x))) return v.value as number[];
  if (v.kind === 'failed') throw failedUse(v);
  throw new ImportFailure(`${what} must be a whole number or a list of them, got ${describeValue(v)}`);
}

/** A shape such as `[None, 784]`; None for the whole shape gives null (any rank). */
export function shapeOf(v: Value, what: string): Dim[] | null {
  if (v.kind === 'none') return null;
  if (v.kind === 'number') return [intOf(v, what)];
  const items = v.kind === 'sequence' ? v.items : v.kind === 'data' && Array.isArray(v.value) ? v.value.map((x) => ({ kind: 'number', value: x, isInt: true }) as Value) : undefined;
  if (!items) throw new ImportFailure(`${what} must be a shape such as [None, 2], got ${describeValue(v)}`);
  return items.map((d) => (d.kind === 'none' ? null : intOf(d, `each dimension of ${what}`)));
}

/** A shape with every dimension known (a Variable's). */
export function knownShapeOf(v: Value, what: string): number[] {
  const shape = shapeOf(v, what);
  if (shape === null || shape.some((d) => d === null)) throw new ImportFailure(`${what} must have every dimension known, got ${describeValue(v)}`);
  return shape as number[];
}

const DTYPE_NAMES: Record<string, { dtype: DType; exact: boolean }> = {
  float32: { dtype: 'float32', exact: true },
  float: { dtype: 'float32', exact: true },
  float64: { dtype: 'float32', exact: false },
  double: { dtype: 'float32', exact: false },
  float16: { dtype: 'float32', exact: false },
  int32: { dtype: 'int32', exact: true },
  int64: { dtype: 'int32', exact: false },
  int16: { dtype: 'int32', exact: false },
  int8: { dtype: 'int32', exact: false },
  uint8: { dtype: 'int32', exact: false },
  bool: { dtype: 'bool', exact: true },
};

/** `tf.float32`, `np.float32` or `'float32'`: Flowboard's dtype and whether the name was exact (float64 is read as float32). */
export function dtypeByName(name: string): { dtype: DType; exact: boolean } | undefined {
  return Object.hasOwn(DTYPE_NAMES, name) ? DTYPE_NAMES[name] : undefined;
}

export function dtypeOf(v: Value, what: string): DType {
  if (v.kind === 'dtype') return v.dtype;
  if (v.kind === 'string') {
    const d = dtypeByName(v.value);
    if (d) return d.dtype;
  }
  if (v.kind === 'failed') throw failedUse(v);
  throw new ImportFailure(`${what} must be a dtype such as tf.float32, got ${describeValue(v)}`);
}

/** A list of tensors (`tf.concat([a, b], 1)`). */
export function tensorsOf(ctx: ImportContext, v: Value, what: string): TensorValue[] {
  if (v.kind !== 'sequence') return [toTensor(ctx, v, what)];
  const tensors = v.items.filter((x): x is TensorValue => x.kind === 'tensor');
  const like = tensors[0]?.type.dtype;
  return v.items.map((item, i) => toTensor(ctx, item, `${what}[${i}]`, like));
}

/** True when every leaf is a whole number (or a bool). */
export function allInts(v: NestedNumbers): boolean {
  return Array.isArray(v) ? v.every(allInts) : typeof v === 'boolean' || Number.isInteger(v);
}

/** The rows of data, as Python's len() counts them. */
export function lengthOf(v: DataValue): number {
  return Array.isArray(v.value) ? v.value.length : 1;
}
