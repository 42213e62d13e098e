/**
 * The program's `sess.run` calls, with the loops around them, turned into the
 * document's session: the Minimize a loop runs is the train node, the loop's
 * range the steps (or epochs and batches), `if step % K == 0` the log
 * interval, the feed_dict the bound data, and the fetched tensors the fetches
 * with their roles (the minimised cost is the loss, an accuracy the accuracy).
 */
import { MNIST_SIZES } from '../../data/mnist.ts';
import type { DataBinding, FetchRole, FetchSpec, ImageSummary, SessionConfig } from '../../graph/document.ts';
import type { ImportContext } from './context.ts';
import { note } from './context.ts';
import { failedUse } from './convert.ts';
import type { GraphDraft } from './graphDraft.ts';
import { ImportFailure } from './importDiagnostic.ts';
import { trainTogether } from './trainTogether.ts';
import { describeValue, type TensorValue, type Value } from './values.ts';

export interface LoopFrame {
  line: number;
  /** The loop variable (`step`), when it is a plain name. */
  counter?: string;
  endLine: number;
  /** Iterations, when the range could be read. */
  count?: number;
  /** The step of `range(start, stop, step)`: a batch size when the loop walks the data. */
  stride?: number;
  /** Set by `if step % K == 0:` directly inside the loop. */
  logEvery?: number;
}

interface FeedEntry {
  placeholder: TensorValue;
  binding: DataBinding;
  /** Fed a mini-batch (`x_data[batch]`, `mnist.train.next_batch(100)`), so the loop around it walks the data in batches. */
  batched: boolean;
  /** The batch size, when the batch said it (`next_batch(100)`). */
  size?: number;
  /** Examples in the data, when it is a table in the program or a file. */
  rows?: number;
}

interface RunRecord {
  line: number;
  fetches: TensorValue[];
  loops: LoopFrame[];
  feeds: FeedEntry[];
}

export class SessionRecorder {
  /** Loops around the statement being translated, outermost first. */
  readonly loops: LoopFrame[] = [];
  readonly runs: RunRecord[] = [];
  /** From `tf.set_random_seed(N)`. */
  seed: number | undefined;
  /** Where each Minimize was made, by node id. */
  readonly minimizeLines = new Map<string, number>();
  /** Each Minimize's cost, by node id. */
  readonly minimizeLosses = new Map<string, TensorValue>();
  /** From `tf.summary.image`, in program order. */
  readonly images: ImageSummary[] = [];

  /** `sess.run(fetches, feed_dict)`: records it and returns what Python would get (one fetched value per fetch). */
  /** How many runs are recorded, to undo the runs of a statement that fails. */
  checkpoint(): number {
    return this.runs.length;
  }

  rollback(mark: number): void {
    this.runs.splice(mark);
  }

  run(ctx: ImportContext, fetches: Value, feedDict: Value | undefined, line: number): Value {
    const tensors: TensorValue[] = [];
    const result = this.collect(fetches, tensors);
    // A run inside a method (`m1.train(...)`) happens where the program calls the method: in the training loop, or after it.
    const at = ctx.calls[0]?.line ?? line;
    const feeds = feedDict === undefined || feedDict.kind === 'none' ? [] : this.feeds(ctx, feedDict, at);
    this.runs.push({ line: at, fetches: tensors, loops: [...this.loops], feeds });
    return result;
  }

  /** A summary op (`tf.summary.scalar`) is logged like a tensor fetched on every training step. */
  logged(tensor: TensorValue, line: number): void {
    this.runs.push({ line, fetches: [tensor], loops: [...this.loops], feeds: [] });
  }

  private collect(v: Value, out: TensorValue[]): Value {
    switch (v.kind) {
      case 'tensor':
        out.push(v);
        return { kind: 'fetched' };
      case 'sequence':
        return { kind: 'sequence', items: v.items.map((item) => this.collect(item, out)) };
      case 'dict':
        return { kind: 'dict', entries: v.entries.map(([k, item]) => [k, this.collect(item, out)]) };
      case 'initOp':
        return { kind: 'none' };
      case 'inert':
        return v;
      case 'failed':
        throw failedUse(v);
      default:
        throw new ImportFailure(`sess.run can fetch tensors and ops, not ${describeValue(v)}`);
    }
  }

  private feeds(ctx: ImportContext, feedDict: Value, line: number): FeedEntry[] {
    if (feedDict.kind === 'failed') throw failedUse(feedDict);
    if (feedDict.kind !== 'dict') throw new ImportFailure(`feed_dict must be a dict such as {X: x_data}, got ${describeValue(feedDict)}`);
    const out: FeedEntry[] = [];
    for (const [key, value] of feedDict.entries) {
      if (key.kind !== 'tensor' || key.op !== 'Placeholder') {
        note(ctx, `feed_dict feeds ${describeValue(key)}; only Placeholders can be fed in Flowboard, so this entry was left out`, line);
        continue;
      }
      const binding = bindingOf(value, ctx);
      if (value.kind === 'failed') {
        note(ctx, `Placeholder "${key.name}" is fed ${describeValue(value)}, so no data was bound to it; bind data to "${key.name}" in the session`, line);
        continue;
      }
      if (!binding) {
        note(ctx, `the data fed to Placeholder "${key.name}" (${describeValue(value)}) is not written in the program, so it was not bound; bind data to "${key.name}" in the session`, line);
        continue;
      }
      out.push({ placeholder: key, ...binding });
    }
    return out;
  }

  /** The session config, or undefined when the program never runs a session. */
  build(ctx: ImportContext): SessionConfig | undefined {
    const minimizes = ctx.draft.nodes.filter((n) => n.op === 'Minimize');
    // Running only the variable initializer says nothing about the session.
    if (!this.runs.some((r) => r.fetches.length > 0 || r.feeds.length > 0) && minimizes.length === 0 && this.seed === undefined && this.images.length === 0) return undefined;
    const config: SessionConfig = { fetches: [], feeds: {} };
    if (this.seed !== undefined) config.seed = this.seed;
    const trainRun = this.runs.find((r) => r.fetches.some((f) => f.op === 'Minimize'));
    let trainId = trainRun?.fetches.find((f) => f.op === 'Minimize')!.ref.node ?? (minimizes.length === 1 ? minimizes[0].id : undefined);
    if (!trainRun && trainId !== undefined) note(ctx, `"${ctx.draft.node(trainId)!.name}" is never run in a training loop, so the number of steps is not set; set it before training`, this.minimizeLines.get(trainId) ?? ctx.line);
    if (trainRun) this.schedule(ctx, trainRun, config);
    const together = trainRun && this.joinModels(ctx, trainRun);
    if (together) trainId = together.train.ref.node;
    if (trainId !== undefined) config.train = trainId;
    if (trainRun) this.otherOptimizers(ctx, trainRun, together?.joined ?? []);
    config.fetches = this.fetches(ctx.draft, trainRun, trainId);
    // The joined cost is no fetch of the program's: it is the loss, each model's own cost a metric beside it.
    if (together) config.fetches.unshift({ node: together.cost.ref.node, role: 'loss' });
    this.bindFeeds(ctx, trainRun, config);
    keepFiles(ctx, config);
    if (this.images.length > 0) config.images = [...this.images];
    return config;
  }

  private schedule(ctx: ImportContext, run: RunRecord, config: SessionConfig): void {
    const loops = run.loops;
    const batched = run.feeds.some((f) => f.batched);
    if (loops.length === 0) {
      config.steps = 1;
      note(ctx, 'the training step runs once, outside any loop: the session trains 1 step', run.line);
      return;
    }
    const inner = loops[loops.length - 1];
    if (inner.logEvery !== undefined) config.logEvery = inner.logEvery;
    if (loops.length >= 2 && batched) {
      const outer = loops[loops.length - 2];
      const rows = exampleCount(run);
      if (outer.count !== undefined) config.epochs = outer.count;
      const size = run.feeds.find((f) => f.size !== undefined)?.size ?? inner.stride ?? (inner.count !== undefined && rows !== undefined ? Math.ceil(rows / inner.count) : undefined);
      if (size !== undefined) config.batchSize = size;
      if (outer.count === undefined || size === undefined) note(ctx, 'the number of epochs or the batch size could not be read from the loops; set them before training', run.line);
      return;
    }
    const counts = loops.map((l) => l.count);
    if (counts.some((c) => c === undefined)) {
      note(ctx, 'the number of training steps could not be read from the loop; set it before training', run.line);
      return;
    }
    config.steps = counts.reduce((a, b) => a! * b!, 1);
    if (loops.length > 1) note(ctx, `the training step runs inside ${loops.length} nested loops: the session trains ${config.steps} steps`, run.line);
  }

  /**
   * The Minimize nodes run in the same loops as the training run (an ensemble's models, trained one after
   * another on each batch), joined into one train node (trainTogether.ts) when they can be; undefined when
   * there is only one, or they cannot be joined (then the note says why).
   */
  private joinModels(ctx: ImportContext, trainRun: RunRecord): { train: TensorValue; cost: TensorValue; joined: string[] } | undefined {
    const sameLoops = (r: RunRecord) => r.loops.length === trainRun.loops.length && r.loops.every((l, i) => l === trainRun.loops[i]);
    const minimizes: TensorValue[] = [];
    for (const r of this.runs) {
      if (!sameLoops(r)) continue;
      for (const f of r.fetches) if (f.op === 'Minimize' && !minimizes.some((m) => m.ref.node === f.ref.node)) minimizes.push(f);
    }
    if (minimizes.length < 2 || trainRun.loops.length === 0) return undefined;
    const names = minimizes.map((m) => `"${m.name}"`).join(', ');
    const joined = trainTogether(ctx.draft, minimizes, this.minimizeLosses);
    if (typeof joined === 'string') {
      note(ctx, `${names} are run in one training loop, but a Flowboard session trains one Minimize and they cannot be joined into one: ${joined}`, trainRun.line);
      return undefined;
    }
    note(
      ctx,
      `${names} are trained together by "${joined.train.name}", one Minimize of "${joined.cost.name}", the sum of their costs, with their settings: they share no variable, so each model moves exactly as its own optimizer moves it on the same batch; make one of them the session's train node to train that model alone`,
      trainRun.line,
    );
    return { ...joined, joined: minimizes.map((m) => m.ref.node) };
  }

  /** Another Minimize run (an ensemble's second model, in the same loop or a loop of its own) is not trained by a session that trains one: say so where it runs. */
  private otherOptimizers(ctx: ImportContext, trainRun: RunRecord, joined: readonly string[]): void {
    const trained = trainRun.fetches.find((f) => f.op === 'Minimize')!;
    const noted = new Set([trained.ref.node, ...joined]);
    for (const r of this.runs) {
      for (const f of r.fetches) {
        if (f.op !== 'Minimize' || noted.has(f.ref.node)) continue;
        noted.add(f.ref.node);
        note(ctx, `"${f.name}" is run ${r.loops.length > 0 ? 'in a training loop' : 'once'} too, but a Flowboard session trains one optimizer: it trains "${trained.name}" (line ${trainRun.line}); make "${f.name}" the session's train node to train that one`, r.line);
      }
    }
  }

  private bindFeeds(ctx: ImportContext, trainRun: RunRecord | undefined, config: SessionConfig): void {
    const bound = new Map<string, string>();
    const first = trainRun ?? this.runs.find((r) => r.feeds.length > 0);
    for (const f of first?.feeds ?? []) {
      config.feeds[f.placeholder.ref.node] = f.binding;
      bound.set(f.placeholder.ref.node, JSON.stringify(f.binding));
    }
    const outer = trainRun?.loops[0];
    for (const r of this.runs) {
      if (r === first) continue;
      // After the training loop, other data for a logged fetch is evaluation data (the test set, keep_prob 1.0).
      const evaluates = r.fetches.some((t) => config.fetches.some((f) => f.node === t.ref.node && f.role !== 'prediction'));
      const afterTraining = trainRun !== undefined && evaluates && r.loops.length === 0 && r.line > (outer?.endLine ?? trainRun.line);
      for (const f of r.feeds) {
        const id = f.placeholder.ref.node;
        const text = JSON.stringify(f.binding);
        if (!bound.has(id) && !afterTraining) {
          config.feeds[id] = f.binding;
          bound.set(id, text);
        } else if (bound.get(id) !== text) {
          if (afterTraining && config.evalFeeds?.[id] === undefined) (config.evalFeeds ??= {})[id] = f.binding;
          else if (!afterTraining || JSON.stringify(config.evalFeeds?.[id]) !== text)
            note(ctx, `Placeholder "${f.placeholder.name}" is fed other data here than on line ${first?.line}; the session keeps the first`, r.line);
        }
      }
    }
  }

  private fetches(draft: GraphDraft, trainRun: RunRecord | undefined, trainId: string | undefined): FetchSpec[] {
    const lossEdge = draft.edges.find((e) => e.target === trainId && e.targetInput === 'loss');
    const trainLoop = trainRun?.loops[trainRun.loops.length - 1];
    const out: FetchSpec[] = [];
    for (const r of this.runs) {
      for (const t of r.fetches) {
        if (t.op === 'Minimize' || t.op === 'Variable' || out.some((f) => f.node === t.ref.node)) continue;
        if (!draft.node(t.ref.node)) continue;
        const inTraining = trainLoop !== undefined && r.loops.includes(trainLoop);
        const role: FetchRole =
          t.ref.node === lossEdge?.source ? 'loss' : /acc/i.test(t.name) ? 'accuracy' : inTraining && t.type.shape?.length === 0 ? 'metric' : 'prediction';
        out.push({ node: t.ref.node, role });
      }
    }
    return out;
  }
}

function bindingOf(v: Value, ctx: ImportContext): { binding: DataBinding; batched: boolean; size?: number; rows?: number } | undefined {
  switch (v.kind) {
    case 'data': {
      const rows = Array.isArray(v.value) ? v.value.length : undefined;
      const kept = v.csv && ctx.files.kept.get(v.csv.path);
      // Data read from a file binds the file's columns, so the document trains on the file, not a copy of its numbers in the session.
      if (v.csv && kept) return { binding: { kind: 'csv', path: v.csv.path, columns: v.csv.columns.map((c) => kept.header[c]) }, batched: false, rows };
      return { binding: { kind: 'inline', value: v.value }, batched: false, rows };
    }
    case 'number':
      return { binding: { kind: 'inline', value: v.value }, batched: false };
    case 'bool':
      return { binding: { kind: 'inline', value: v.value }, batched: false };
    case 'datasetField':
      return { binding: { kind: 'dataset', name: v.name, split: v.split, field: v.field }, batched: false };
    case 'batch': {
      const inner = bindingOf(v.data, ctx);
      return inner && { ...inner, batched: true, ...(v.size !== undefined ? { size: v.size } : {}) };
    }
    default:
      return undefined;
  }
}

function exampleCount(run: RunRecord): number | undefined {
  const f = run.feeds.find((x) => x.batched);
  if (f?.binding.kind === 'dataset') return MNIST_SIZES[f.binding.split];
  return f?.rows;
}

/** The files the bindings read, kept in the session as the app keeps a picked file: the document trains anywhere. */
function keepFiles(ctx: ImportContext, config: SessionConfig): void {
  const paths = new Set([...Object.values(config.feeds), ...Object.values(config.evalFeeds ?? {})].flatMap((b) => (b.kind === 'csv' ? [b.path] : [])));
  for (const path of paths) {
    const kept = ctx.files.kept.get(path);
    if (!kept) continue;
    (config.files ??= {})[path] = kept.text;
    const names = kept.header.length === 1 ? kept.header[0] : `${kept.header[0]} to ${kept.header[kept.header.length - 1]}`;
    note(ctx, `${path} is kept in the document as CSV with its columns named ${names}, and the Placeholders fed from it are bound to those columns`, kept.line);
  }
}
