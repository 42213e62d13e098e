/**
 * Op kinds the TF1 Python importer never makes, and why; every other kind
 * comes from some TF1 call (tfOps.ts, tfVariables.ts, tfTraining.ts,
 * operators.ts). opTables.test.ts checks both directions by importing each
 * kind's exported line back.
 */
import { type OpKind, trainingOnly } from '../../ops/opKinds.ts';

const INTERNAL = 'training adds it by itself, so TF1 code never writes it';

export const NOT_IMPORTED = {
  ...trainingOnly(INTERNAL),
} as const satisfies Partial<Record<OpKind, string>>;
