/**
 * Op kinds the TF1 Python importer never makes, and why; every other kind
 * comes from some TF1 call (tfOps.ts, tfVariables.ts, tfTraining.ts,
 * operators.ts). opTables.test.ts checks both directions by importing each
 * kind's exported line back.
 */
import { type OpKind, trainingOnly } from '../../ops/opKinds.ts';

const INTERNAL = 'training adds it by itself, so TF1 code never writes it';

export const NOT_IMPORTED = {
  Flatten: 'read from tf.layers.flatten, but the Python export writes no Flatten (TF1 has no plain flatten op) to read back',
  ...trainingOnly(INTERNAL),
} as const satisfies Partial<Record<OpKind, string>>;
