import { NUMERIC, unaryOp } from './elementwise.ts';

export const Neg = unaryOp({
  kind: 'Neg',
  dtypes: NUMERIC,
  doc: 'Flips the sign of every element: 3 becomes -3 and -2 becomes 2. A cost that should be maximised, such as the log-likelihood, is negated so the optimizer can minimise it. TF1: `-x` or `tf.negative(x)`.',
});
