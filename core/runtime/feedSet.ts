/**
 * A session's data bindings turned into tensors a step can feed. A binding is
 * batched when its Placeholder's first dimension is `?` and the data has
 * examples along it; everything else (keep_prob, a learning rate) is fed whole
 * on every step.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { GraphAnalysis } from '../graph/analyze.ts';
import type { DataBinding } from '../graph/document.ts';
import { gatherRows } from '../data/batcher.ts';
import { gatherRowsWasm } from '../compile/lower/wasm/gatherRows.ts';
import { type DataArray, fitRows } from '../data/dataArray.ts';
import { type DataContext, dataSource } from '../data/source.ts';
import { RunError } from './runError.ts';
import type { FeedMap } from './session.ts';

interface Bound {
  name: string;
  data: DataArray;
  /** Kept for the life of the set: every whole feed, and batched ones when a step takes all rows. */
  whole?: tf.Tensor;
}

export interface StepFeeds {
  feeds: FeedMap;
  /** Frees the tensors made for this step only. */
  dispose(): void;
}

export class FeedSet {
  /** Examples along the batched bindings; undefined when nothing is batched. */
  readonly examples: number | undefined;

  private constructor(
    private readonly batched: Bound[],
    private readonly whole: Bound[],
  ) {
    this.examples = batched.length > 0 ? batched[0].data.shape[0] : undefined;
    for (const b of whole) b.whole = tf.tensor(b.data.values, b.data.shape);
  }

  /** Loads every binding (CSV through `context.readText`); throws naming the placeholder whose data is unusable. */
  static async load(analysis: GraphAnalysis, bindings: Record<string, DataBinding>, context: DataContext): Promise<FeedSet> {
    const batched: Bound[] = [];
    const whole: Bound[] = [];
    for (const [id, binding] of Object.entries(bindings)) {
      const entry = analysis.index.nodes.get(id);
      if (!entry || entry.node.op !== 'Placeholder') throw new RunError(`the session binds data to "${id}", which is not a Placeholder; bind it to one of the graph's Placeholders`, id);
      const shape = analysis.types.get(id)?.[0].shape ?? null;
      // Rows take the placeholder's layout: a single CSV column fills a [?], MNIST's 784-pixel rows a [?,28,28,1].
      const data = fitRows(await dataSource(binding, entry.node.name, context).load(), shape);
      const isBatched = shape !== null && shape.length > 0 && shape[0] === null && data.shape.length > 0;
      (isBatched ? batched : whole).push({ name: entry.node.name, data });
    }
    const empty = batched.find((b) => b.data.shape[0] === 0);
    if (empty) throw new RunError(`the data bound to Placeholder "${empty.name}" has no examples; bind at least one row`);
    const counts = batched.map((b) => b.data.shape[0]);
    if (counts.some((n) => n !== counts[0]))
      throw new RunError(`the training data disagree on the number of examples: ${batched.map((b) => `Placeholder "${b.name}" has ${b.data.shape[0]}`).join(', ')}. Bind one row per example to each.`);
    return new FeedSet(batched, whole);
  }

  /** Feeds for one step: the rows at `indices` of every batched binding (all rows when undefined). */
  feeds(indices?: Int32Array): StepFeeds {
    const feeds: FeedMap = {};
    const own: tf.Tensor[] = [];
    for (const b of this.whole) feeds[b.name] = b.whole!;
    for (const b of this.batched) {
      if (indices === undefined) {
        b.whole ??= tf.tensor(b.data.values, b.data.shape);
        feeds[b.name] = b.whole;
      } else {
        // On wasm the rows go straight into the backend's memory; elsewhere through a JS copy of the batch.
        const t = gatherRowsWasm(b.data, indices) ?? batchTensor(b.data, indices);
        own.push(t);
        feeds[b.name] = t;
      }
    }
    return { feeds, dispose: () => tf.dispose(own) };
  }

  /** Frees the tensors kept for whole feeds. */
  dispose(): void {
    for (const b of [...this.whole, ...this.batched]) {
      b.whole?.dispose();
      b.whole = undefined;
    }
  }
}

function batchTensor(data: DataArray, indices: Int32Array): tf.Tensor {
  const rows = gatherRows(data, indices);
  return tf.tensor(rows.values, rows.shape);
}
