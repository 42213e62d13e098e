/**
 * Python operators: between plain numbers they compute (hyperparameters such
 * as `1 / 255`); with a tensor on either side they become graph nodes, the
 * number turned into a Constant of the tensor's dtype, as TF1 does.
 */
import type { OpKind } from '../../ops/opKinds.ts';
import type { BinaryOp, CompareOp, UnaryOp } from './ast.ts';
import type { ImportContext } from './context.ts';
import { failedUse, toTensor } from './convert.ts';
import { ImportFailure } from './importDiagnostic.ts';
import { describeValue, type TensorValue, type Value } from './values.ts';

const TENSOR_BINARY: Partial<Record<BinaryOp, OpKind>> = { '+': 'Add', '-': 'Sub', '*': 'Mul', '/': 'Div', '//': 'FloorDiv', '@': 'MatMul' };
const TENSOR_COMPARE: Partial<Record<CompareOp, OpKind>> = { '<': 'Less', '>': 'Greater' };

/** `left op right`. */
export function binary(ctx: ImportContext, op: BinaryOp, left: Value, right: Value): Value {
  for (const v of [left, right]) if (v.kind === 'failed') throw failedUse(v);
  if (isNumeric(left) && isNumeric(right)) return arithmetic(op, left, right);
  if (left.kind !== 'tensor' && right.kind !== 'tensor') throw new ImportFailure(`${describeValue(left)} ${op} ${describeValue(right)} is computed in Python, not in the graph; only numbers and tensors are supported here`);
  if (op === '**') return power(ctx, left, right);
  const kind = TENSOR_BINARY[op];
  if (!kind) throw new ImportFailure(`the operator ${op} between tensors has no Flowboard op; use + - * / or @`);
  const [x, y] = operands(ctx, left, right, `the operands of ${op}`);
  return kind === 'MatMul' ? ctx.draft.add(kind, {}, { a: x, b: y }, { base: kind }) : ctx.draft.add(kind, {}, { x, y }, { base: kind });
}

/** `left op right` for a single comparison operator. */
export function compare(ctx: ImportContext, op: CompareOp, left: Value, right: Value): Value {
  for (const v of [left, right]) if (v.kind === 'failed') throw failedUse(v);
  if (isNumeric(left) && isNumeric(right)) return compareNumbers(op, Number(numeric(left)), Number(numeric(right)));
  if (op === '==' || op === '!=')
    throw new ImportFailure(`in TF1, ${op} between tensors compares the Python objects, not their values; use tf.${op === '==' ? 'equal' : 'not_equal'}(a, b)`);
  const kind = TENSOR_COMPARE[op];
  if (!kind) throw new ImportFailure(`the comparison ${op} has no Flowboard op; only < and > (Less, Greater) and tf.equal are available`);
  const [x, y] = operands(ctx, left, right, `the operands of ${op}`);
  return ctx.draft.add(kind, {}, { x, y }, { base: kind });
}

/** `op operand`. */
export function unary(ctx: ImportContext, op: UnaryOp, v: Value): Value {
  if (v.kind === 'failed') throw failedUse(v);
  if (v.kind === 'number') {
    if (op === '-') return { ...v, value: -v.value, source: undefined };
    if (op === '+') return v;
    if (op === 'not') return { kind: 'bool', value: v.value === 0 };
  }
  if (v.kind === 'bool' && op === 'not') return { kind: 'bool', value: !v.value };
  if (v.kind === 'data' && op === '-') return { ...v, value: negate(v.value), source: undefined };
  if (v.kind === 'tensor') {
    if (op === '-') return ctx.draft.add('Neg', {}, { x: v }, { base: 'Neg' });
    if (op === '+') return v;
  }
  throw new ImportFailure(`the operator ${op} on ${describeValue(v)} is not supported`);
}

type Negatable = number | boolean | Negatable[];

function negate(v: Negatable): Negatable {
  return Array.isArray(v) ? v.map(negate) : typeof v === 'number' ? -v : v;
}

/** Both sides as tensors; a number or list takes the dtype of the tensor on the other side. */
function operands(ctx: ImportContext, left: Value, right: Value, what: string): [TensorValue, TensorValue] {
  if (left.kind === 'tensor') return [left, toTensor(ctx, right, what, left.type.dtype)];
  const y = right as TensorValue;
  return [toTensor(ctx, left, what, y.type.dtype), y];
}

/** `x ** 2` and `x ** 0.5` have ops (Square, Sqrt); other powers do not. */
function power(ctx: ImportContext, base: Value, exponent: Value): Value {
  if (base.kind === 'tensor' && exponent.kind === 'number') {
    if (exponent.value === 2) return ctx.draft.add('Square', {}, { x: base }, { base: 'Square' });
    if (exponent.value === 0.5) return ctx.draft.add('Sqrt', {}, { x: base }, { base: 'Sqrt' });
  }
  throw new ImportFailure('only x ** 2 (Square) and x ** 0.5 (Sqrt) are supported; Flowboard has no Pow op');
}

function isNumeric(v: Value): v is Extract<Value, { kind: 'number' | 'bool' }> {
  return v.kind === 'number' || v.kind === 'bool';
}

function numeric(v: Extract<Value, { kind: 'number' | 'bool' }>): number {
  return v.kind === 'bool' ? (v.value ? 1 : 0) : v.value;
}

/** Python arithmetic on numbers, int-ness kept as Python keeps it (`/` always gives a float). */
function arithmetic(op: BinaryOp, left: Extract<Value, { kind: 'number' | 'bool' }>, right: Extract<Value, { kind: 'number' | 'bool' }>): Value {
  const a = numeric(left);
  const b = numeric(right);
  const ints = (left.kind === 'bool' || left.isInt) && (right.kind === 'bool' || right.isInt);
  if ((op === '/' || op === '//' || op === '%') && b === 0) throw new ImportFailure('division by zero');
  switch (op) {
    case '+':
      return { kind: 'number', value: a + b, isInt: ints };
    case '-':
      return { kind: 'number', value: a - b, isInt: ints };
    case '*':
      return { kind: 'number', value: a * b, isInt: ints };
    case '/':
      return { kind: 'number', value: a / b, isInt: false };
    case '//':
      return { kind: 'number', value: Math.floor(a / b), isInt: ints };
    case '%':
      return { kind: 'number', value: a - b * Math.floor(a / b), isInt: ints };
    case '**':
      return { kind: 'number', value: a ** b, isInt: ints && b >= 0 };
    default:
      throw new ImportFailure(`the operator ${op} on numbers is not supported`);
  }
}

function compareNumbers(op: CompareOp, a: number, b: number): Value {
  const table: Partial<Record<CompareOp, boolean>> = { '<': a < b, '>': a > b, '<=': a <= b, '>=': a >= b, '==': a === b, '!=': a !== b };
  const value = table[op];
  if (value === undefined) throw new ImportFailure(`the comparison ${op} on numbers is not supported`);
  return { kind: 'bool', value };
}
