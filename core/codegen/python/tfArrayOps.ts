/**
 * TF1 functions that cut, pad, look up and normalise tensors: tf.pad,
 * tf.gather (and tf.nn.embedding_lookup), tf.slice and
 * tf.nn.local_response_normalization, each one Flowboard op. Their lists
 * (paddings, begin, size) must be written in the code, as the course does:
 * Flowboard keeps them as attrs, not as tensors computed in the graph.
 */
import type { Attrs, NestedNumbers } from '../../graph/document.ts';
import type { CallArgs } from './callArgs.ts';
import { allInts, failedUse, numberOf, stringOf, toTensor } from './convert.ts';
import { ImportFailure } from './importDiagnostic.ts';
import type { Handler } from './tfOps.ts';
import { describeValue, type Value } from './values.ts';

/** A list of whole numbers (or of lists of them) written in the code. */
function literalInts(v: Value, what: string): NestedNumbers {
  if (v.kind === 'data' && Array.isArray(v.value) && allInts(v.value)) return v.value;
  if (v.kind === 'failed') throw failedUse(v);
  throw new ImportFailure(`${what} must be a list of whole numbers written in the code (Flowboard keeps it as an attribute, not a tensor), got ${describeValue(v)}`);
}

/** tf.pad(tensor, paddings, mode='CONSTANT', name=None, constant_values=0): mode CONSTANT only. */
function pad(args: CallArgs, ctx: Parameters<Handler>[1]): Value {
  const x = toTensor(ctx, args.need(0, 'tensor'), `${args.fn}'s tensor`);
  const paddings = literalInts(args.need(1, 'paddings'), `${args.fn}'s paddings`);
  const mode = args.get(2, 'mode');
  if (mode !== undefined && stringOf(mode, 'mode').toUpperCase() !== 'CONSTANT')
    throw new ImportFailure(`${args.fn}: mode '${stringOf(mode, 'mode')}' is not supported; Flowboard's Pad adds a constant border (mode 'CONSTANT') only`, args.line);
  const value = args.get(4, 'constant_values');
  const attrs: Attrs = { paddings };
  if (value !== undefined) attrs.constantValue = numberOf(value, 'constant_values');
  return ctx.draft.add('Pad', attrs, { x }, args.name('Pad'));
}

export const ARRAY_FUNCTIONS: Record<string, Handler> = {
  'tf.pad': pad,
};
