/**
 * TF1's `tf.Session` for a Flowboard graph: `run(fetches, feeds)` computes the
 * fetched tensors. Variables live here, initialised from their initializers
 * as TF draws them for the graph seed; random nodes keep their generators
 * here across runs, as TF's kernels do; plans are compiled once per
 * fetch/feed set.
 */
import * as tf from '@tensorflow/tfjs-core';
import { analyze, type GraphAnalysis } from '../graph/analyze.ts';
import type { GraphDocument, NestedNumbers, TensorRef } from '../graph/document.ts';
import { compile, disposePlan, type Plan } from '../compile/compile.ts';
import type { RunContext } from '../compile/lowering.ts';
import { checkNested, nestedShape } from '../ops/attrs.ts';
import { kernelSeeds } from '../random/opSeeds.ts';
import { OpStream } from '../random/opStream.ts';
import { type FeedValue, feedTensor } from './feeds.ts';
import { initialValue } from './initialize.ts';
import { RunError } from './runError.ts';
import { planMemoryProblem } from './planMemory.ts';
import { resolveTensor } from './resolve.ts';

export interface SessionOptions {
  /** tfjs backend the session runs on; it must already be active (see useBackend). */
  backend: string;
  /** The graph seed (TF1's tf.set_random_seed); 0 when not given. */
  seed?: number;
  /**
   * Bytes one run's tensors may take (core/graph/memory.ts): a run that would
   * need more is refused before it starts. Without it only the per-tensor
   * element limit applies.
   */
  memoryBudget?: number;
}

/** A fetch: a node name or id, `name:output`, or a tensor reference. */
export type FetchTarget = string | TensorRef;
/** Feeds keyed by placeholder name or id. */
export type FeedMap = Record<string, FeedValue>;

/** tfjs variable names must be unique per process; sessions may share a graph. */
let nextVariableSerial = 0;

export class Session {
  readonly analysis: GraphAnalysis;
  readonly backend: string;
  seed: number;
  private readonly plans = new Map<string, Plan>();
  /** Plan and feed-shape combinations already checked against the memory budget. */
  private readonly fitting = new Set<string>();
  private readonly memoryBudget: number | undefined;
  private readonly keyOf = new WeakMap<Plan, string>();
  private readonly variables = new Map<string, tf.Variable>();
  private readonly slotStore = new Map<string, Map<string, tf.Variable>>();
  private readonly streams = new Map<string, OpStream>();
  private seeds: Map<string, [number, number]> | undefined;
  private readonly context: RunContext;
  private disposed = false;

  constructor(graph: GraphDocument | GraphAnalysis, options: SessionOptions) {
    this.analysis = 'index' in graph ? graph : analyze(graph, { memoryBudget: options.memoryBudget });
    this.backend = options.backend;
    this.memoryBudget = options.memoryBudget;
    this.seed = options.seed ?? 0;
    this.context = {
      variable: (id) => this.variable(id),
      slots: (id) => {
        let m = this.slotStore.get(id);
        if (!m) this.slotStore.set(id, (m = new Map()));
        return m;
      },
      randomStream: (id) => this.randomStream(id),
      training: false,
      step: 0,
    };
  }

  /** Steps taken by training kernels; stochastic kernels mix it into their seed. */
  get step(): number {
    return this.context.step;
  }
  set step(n: number) {
    this.context.step = n;
  }

  /** Resolves a fetch target to a tensor reference; throws RunError for an unknown name. */
  resolve(target: FetchTarget): TensorRef {
    return typeof target === 'string' ? resolveTensor(this.analysis, target) : target;
  }

  /** Computes the fetches; the caller owns (and must dispose) the returned tensors. */
  run(fetches: readonly FetchTarget[], feeds: FeedMap = {}): tf.Tensor[] {
    const { plan, fed } = this.prepare(fetches, feeds);
    const slots: tf.Tensor[] = new Array(plan.slotCount);
    const feedTensors: tf.Tensor[] = [];
    try {
      for (const [id, slot] of plan.feedSlots) {
        const entry = this.analysis.index.nodes.get(id)!;
        const t = feedTensor(fed.get(id)!, this.analysis.types.get(id)![0], id, entry.node.name);
        feedTensors.push(t);
        slots[slot] = t;
      }
      this.context.training = plan.writesState;
      const results = tf.tidy(() => this.execute(plan, slots));
      // A training step happened: optimizers count updates from the session's step.
      if (plan.writesState) this.context.step++;
      // A fetched feed or constant is not the caller's to dispose: hand out a copy. (Variables
      // never escape: their kernel returns a view.)
      const external = new Set([...feedTensors, ...plan.owned].map((t) => t.id));
      return results.map((t) => (external.has(t.id) ? t.clone() : t));
    } finally {
      for (const t of feedTensors) t.dispose();
    }
  }

  /**
   * Compiles the plan for these fetches and feeds and checks that it fits the
   * memory budget, without running anything: throws what `run` would
   * (RunError or CompileError naming the node). Trainer calls it on load.
   */
  prepare(fetches: readonly FetchTarget[], feeds: FeedMap = {}): { plan: Plan; fed: Map<string, FeedValue> } {
    if (this.disposed) throw new RunError('the session has been disposed');
    const refs = fetches.map((f) => this.resolve(f));
    const fed = new Map<string, FeedValue>();
    for (const [key, value] of Object.entries(feeds)) fed.set(this.resolve(key).node, value);
    const plan = this.plan(refs, new Set(fed.keys()));
    this.checkMemory(plan, fed);
    return { plan, fed };
  }

  /** Like run, but returns plain numbers and nested arrays. */
  async runValues(fetches: readonly FetchTarget[], feeds: FeedMap = {}): Promise<NestedNumbers[]> {
    const tensors = this.run(fetches, feeds);
    try {
      return await Promise.all(tensors.map((t) => t.array() as Promise<NestedNumbers>));
    } finally {
      tf.dispose(tensors);
    }
  }

  /** The variable of a Variable node, created from its initializer on first use. */
  variable(nodeId: string): tf.Variable {
    let v = this.variables.get(nodeId);
    if (v) return v;
    const entry = this.analysis.index.nodes.get(nodeId);
    const type = this.analysis.types.get(nodeId)?.[0];
    if (!entry || entry.node.op !== 'Variable' || !type || type.shape === null) throw new RunError(`node "${nodeId}" is not a valid Variable`, nodeId);
    const attrs = entry.attrs as { initializer: Parameters<typeof initialValue>[0]; trainable: boolean };
    const init = tf.tidy(() => initialValue(attrs.initializer, type.shape as number[], this.kernelSeeds().get(nodeId)));
    v = tf.variable(init, attrs.trainable, `${entry.node.name}#${nodeId}#${nextVariableSerial++}`);
    init.dispose();
    this.variables.set(nodeId, v);
    return v;
  }

  /** The (seed, seed2) pair of each random node (Variables with a random initializer, Dropouts), by TF1's seed rules. */
  kernelSeeds(): Map<string, [number, number]> {
    this.seeds ??= kernelSeeds(this.analysis.doc.nodes, this.seed);
    return this.seeds;
  }

  /** A random node's generator across runs, created at its start on first use. */
  randomStream(nodeId: string): OpStream {
    let s = this.streams.get(nodeId);
    if (s) return s;
    const seeds = this.kernelSeeds().get(nodeId);
    if (!seeds) throw new RunError(`node "${nodeId}" draws no random numbers`, nodeId);
    s = new OpStream(seeds[0], seeds[1]);
    this.streams.set(nodeId, s);
    return s;
  }

  /**
   * The live state: variables by node id, optimizer slots by node id, and
   * the random nodes' generators. For snapshots (core/runtime/snapshot.ts);
   * the session owns these tensors.
   */
  state(): { variables: Map<string, tf.Variable>; slots: Map<string, Map<string, tf.Variable>>; streams: Map<string, OpStream> } {
    return { variables: this.variables, slots: this.slotStore, streams: this.streams };
  }

  /** Ids of the variables created so far. */
  variableIds(): string[] {
    return [...this.variables.keys()];
  }

  /** Re-initialises every variable (and optimizer slot) from its initializer, optionally with a new seed. */
  reset(seed = this.seed): void {
    if (seed !== this.seed) this.seeds = undefined;
    this.seed = seed;
    this.context.step = 0;
    this.disposeState();
  }

  /** Frees every tensor the session holds. */
  dispose(): void {
    if (this.disposed) return;
    this.disposeState();
    for (const p of this.plans.values()) disposePlan(p);
    this.plans.clear();
    this.disposed = true;
  }

  private disposeState(): void {
    for (const v of this.variables.values()) v.dispose();
    this.variables.clear();
    for (const m of this.slotStore.values()) for (const v of m.values()) v.dispose();
    this.slotStore.clear();
    this.streams.clear();
  }

  private plan(refs: TensorRef[], fed: Set<string>): Plan {
    const key = `${refs.map((r) => `${r.node}:${r.output}`).join('|')}#${[...fed].sort().join('|')}`;
    let plan = this.plans.get(key);
    if (!plan) {
      plan = compile(this.analysis, refs, fed, { backend: this.backend });
      this.plans.set(key, plan);
      this.keyOf.set(plan, key);
    }
    return plan;
  }

  /** Refuses a plan whose tensors, at the fed shapes, would not fit; each combination is checked once. */
  private checkMemory(plan: Plan, fed: ReadonlyMap<string, FeedValue>): void {
    const shapes = new Map<string, number[]>();
    for (const [id, value] of fed) {
      const shape = value instanceof tf.Tensor ? value.shape : checkNested(value) ? nestedShape(value) : undefined;
      if (shape) shapes.set(id, shape);
    }
    const key = `${this.keyOf.get(plan)}#${[...shapes].map(([id, s]) => `${id}=${s.join('x')}`).join('|')}`;
    if (this.fitting.has(key)) return;
    const problem = planMemoryProblem(this.analysis, plan, shapes, this.memoryBudget);
    if (problem) throw new RunError(problem.message, problem.nodeId);
    // Bounded: a caller feeding ever new shapes re-checks instead of growing this set.
    if (this.fitting.size >= 1000) this.fitting.clear();
    this.fitting.add(key);
  }

  private execute(plan: Plan, slots: tf.Tensor[]): tf.Tensor[] {
    for (const step of plan.steps) {
      const inputs = step.inputSlots.map((s) => slots[s]);
      let out: tf.Tensor | tf.Tensor[];
      try {
        out = step.kernel(inputs, this.context);
      } catch (e) {
        const entry = this.analysis.index.nodes.get(step.nodeId)!;
        if (e instanceof RunError) throw e;
        throw new RunError(`${entry.node.op} "${entry.node.name}" failed: ${(e as Error).message}`, step.nodeId);
      }
      if (Array.isArray(out)) for (let i = 0; i < out.length; i++) slots[step.outputSlots[i]] = out[i];
      else slots[step.outputSlots[0]] = out;
    }
    return plan.fetchSlots.map((s) => slots[s]);
  }
}
