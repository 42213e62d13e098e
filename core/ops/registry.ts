/**
 * Every op kind, registered from one explicit list. Adding an op: see
 * docs/adding-an-op.md.
 */
import { FlowboardError } from '../graph/diagnostics.ts';
import type { OpDef } from './opDef.ts';
import { Add } from './Add.ts';
import { Constant } from './Constant.ts';
import { MatMul } from './MatMul.ts';
import { Placeholder } from './Placeholder.ts';
import { Variable } from './Variable.ts';

const ALL_OPS: readonly OpDef[] = [
  Add,
  Constant,
  MatMul,
  Placeholder,
  Variable,
] as OpDef[];

const byKind = new Map<string, OpDef>();
for (const op of ALL_OPS) {
  if (byKind.has(op.kind)) throw new FlowboardError(`op kind ${op.kind} is registered twice`);
  byKind.set(op.kind, op);
}

/** The op definition for a kind, or undefined for an unknown kind. */
export function findOp(kind: string): OpDef | undefined {
  return byKind.get(kind);
}

/** The op definition for a kind; throws on an unknown kind (a caller bug). */
export function getOp(kind: string): OpDef {
  const op = byKind.get(kind);
  if (!op) throw new FlowboardError(`unknown op kind "${kind}"`);
  return op;
}

/** All registered ops, in registration order. */
export function allOps(): readonly OpDef[] {
  return ALL_OPS;
}
