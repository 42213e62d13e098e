/**
 * TF1 functions that cut, pad, look up and normalise tensors: tf.pad,
 * tf.gather (and tf.nn.embedding_lookup), tf.slice and
 * tf.nn.local_response_normalization, each one Flowboard op. Their lists
 * (paddings, begin, size) must be written in the code, as the course does:
 * Flowboard keeps them as attrs, not as tensors computed in the graph.
 */
import type { Attrs, NestedNumbers } from '../../graph/document.ts';
import type { CallArgs } from './callArgs.ts';
import { allInts, failedUse, intOf, numberOf, stringOf, toTensor } from './convert.ts';
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

/** tf.gather(params, indices, validate_indices=None, name=None, axis=None, batch_dims=0). */
function gather(args: CallArgs, ctx: Parameters<Handler>[1]): Value {
  const params = toTensor(ctx, args.need(0, 'params'), `${args.fn}'s params`);
  const indices = toTensor(ctx, args.need(1, 'indices'), `${args.fn}'s indices`, 'int32');
  args.get(2, 'validate_indices');
  const axis = args.get(4, 'axis');
  const batchDims = args.get(5, 'batch_dims');
  if (batchDims !== undefined && intOf(batchDims, 'batch_dims') !== 0) throw new ImportFailure(`${args.fn}: batch_dims is not supported; Flowboard's Gather picks along one axis for the whole batch`, args.line);
  const attrs: Attrs = axis === undefined || axis.kind === 'none' ? {} : { axis: intOf(axis, 'axis') };
  return ctx.draft.add('Gather', attrs, { params, indices }, args.name('Gather'));
}

/** tf.nn.embedding_lookup(params, ids, partition_strategy='mod', name=None, validate_indices=True, max_norm=None): one table, rows by id. */
function embeddingLookup(args: CallArgs, ctx: Parameters<Handler>[1]): Value {
  const table = args.need(0, 'params');
  if (table.kind === 'sequence') throw new ImportFailure(`${args.fn}: params split over several tensors (sharded) is not supported; pass one embedding matrix`, args.line);
  const params = toTensor(ctx, table, `${args.fn}'s params`);
  const ids = toTensor(ctx, args.need(1, 'ids'), `${args.fn}'s ids`, 'int32');
  args.get(2, 'partition_strategy');
  args.get(4, 'validate_indices');
  const maxNorm = args.get(5, 'max_norm');
  if (maxNorm !== undefined && maxNorm.kind !== 'none') throw new ImportFailure(`${args.fn}: max_norm is not supported; Flowboard looks rows up unchanged`, args.line);
  return ctx.draft.add('Gather', {}, { params, indices: ids }, args.name('embedding_lookup'));
}

/** tf.slice(input_, begin, size, name=None). */
function slice(args: CallArgs, ctx: Parameters<Handler>[1]): Value {
  const x = toTensor(ctx, args.need(0, 'input_'), `${args.fn}'s input_`);
  const begin = literalInts(args.need(1, 'begin'), `${args.fn}'s begin`);
  const size = literalInts(args.need(2, 'size'), `${args.fn}'s size`);
  return ctx.draft.add('Slice', { begin, size }, { x }, args.name('Slice'));
}

/** tf.nn.local_response_normalization(input, depth_radius=5, bias=1, alpha=1, beta=0.5, name=None), also tf.nn.lrn. */
function lrn(args: CallArgs, ctx: Parameters<Handler>[1]): Value {
  const x = toTensor(ctx, args.need(0, 'input'), `${args.fn}'s input`);
  const attrs: Attrs = {};
  const depthRadius = args.get(1, 'depth_radius');
  if (depthRadius !== undefined) attrs.depthRadius = intOf(depthRadius, 'depth_radius');
  (['bias', 'alpha', 'beta'] as const).forEach((name, i) => {
    const v = args.get(2 + i, name);
    if (v !== undefined) attrs[name] = numberOf(v, name);
  });
  return ctx.draft.add('LRN', attrs, { x }, args.name('LRN'));
}

export const ARRAY_FUNCTIONS: Record<string, Handler> = {
  'tf.pad': pad,
  'tf.gather': gather,
  'tf.nn.embedding_lookup': embeddingLookup,
  'tf.slice': slice,
  'tf.nn.local_response_normalization': lrn,
  'tf.nn.lrn': lrn,
};
