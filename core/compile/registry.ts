/**
 * Every lowering, registered from one explicit list. Placeholder has none:
 * the plan fills it from the feeds.
 */
import { FlowboardError } from '../graph/diagnostics.ts';
import type { Lowering } from './lowering.ts';
import { AddLowering } from './lower/Add.ts';
import { ConstantLowering } from './lower/Constant.ts';
import { MatMulLowering } from './lower/MatMul.ts';
import { VariableLowering } from './lower/Variable.ts';

const ALL_LOWERINGS: readonly Lowering[] = [
  AddLowering,
  ConstantLowering,
  MatMulLowering,
  VariableLowering,
];

const byKind = new Map<string, Lowering>();
for (const l of ALL_LOWERINGS) {
  if (byKind.has(l.kind)) throw new FlowboardError(`lowering for ${l.kind} is registered twice`);
  byKind.set(l.kind, l);
}

/** The lowering of an op kind, or undefined. */
export function findLowering(kind: string): Lowering | undefined {
  return byKind.get(kind);
}
