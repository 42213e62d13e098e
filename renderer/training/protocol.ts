/**
 * The typed messages between the UI thread and the training worker. The UI
 * sends commands; the worker answers with its backend, its status and
 * summary batches whose numbers travel as transferable typed arrays.
 */
import type { DataProgress } from '../../core/data/datasetProvider.ts';
import type { GraphDocument, ImageSummary, NestedNumbers } from '../../core/graph/document.ts';
import type { LoadedCheckpoint, SavedState } from '../../core/checkpoint/savedState.ts';
import type { SummaryImages } from '../../core/runtime/summaryImages.ts';

/** How long to train and how: run controls' values, overriding the document's session. */
export interface RunSettings {
  /** Count steps or epochs. */
  mode: 'steps' | 'epochs';
  count: number;
  /** Examples per step; undefined trains on all the data every step. */
  batchSize: number | undefined;
  seed: number;
  /** Log (and send summaries) every this many steps; undefined lets the schedule choose. */
  logEvery: number | undefined;
}

/** The TensorFlow.js backends the worker can train on. */
export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';

/** What the page asks of the worker's backend (URL ?backend= and ?threads=); by default the fastest real one, on every core but one. */
export interface BackendRequest {
  backend?: BackendName;
  /** Threads for WASM; the worker still caps them at the cores there are. */
  threads?: number;
}

/** The page's first message: start a backend. Every later message (ToWorker) waits until it has started. */
export interface StartWorker {
  type: 'start';
  request: BackendRequest;
}

export type ToWorker =
  /** A graph to train: builds a fresh trainer (a new run); the worker then reports `loaded`. */
  | { type: 'load'; doc: GraphDocument; settings: RunSettings; datasetsBase: string; /** Bytes a step's tensors may take (the app's memory setting); a safe 1 GB when absent. */ memoryBudget?: number }
  /** Train until the end of the schedule or a pause. */
  | { type: 'train' }
  | { type: 'pause' }
  /** One training step, or one phase of it in step-through mode. */
  | { type: 'step'; phase?: StepPhase }
  /** Variables from their initializers with this seed, step 0. */
  | { type: 'reset'; settings: RunSettings }
  /** The node whose value and gradient the UI shows; undefined for none. */
  | { type: 'watch'; nodeId: string | undefined }
  /** The document's breakpoints changed (nothing else did): the run goes on with these. */
  | { type: 'debug'; debug: GraphDocument['debug'] }
  /** The session's image summaries changed: the run goes on and draws these from the next log step. */
  | { type: 'images'; images: ImageSummary[] | undefined }
  /** The UI has drawn the last batch: the next one may come (throttles batches to the frame rate). */
  | { type: 'ack' }
  /** One `sess.run(fetches, feed_dict)`; the worker answers `ran` with the same id. */
  | { type: 'run'; id: number; request: RunRequest }
  /** The loaded trainer's Variables, optimizer slots and step, to save; answered by `weights` with the same id. */
  | { type: 'readWeights'; id: number }
  /** Restores a checkpoint into the loaded trainer (refused when it does not match); answered by `restored` with the same id. */
  | { type: 'restoreWeights'; id: number; checkpoint: LoadedCheckpoint }
  /** An MNIST classifier's digits of one confusion-matrix cell; answered by `cell` with the same id. */
  | { type: 'confusionCell'; id: number; trueClass: number; predicted: number }
  /** Show every node's value and gradient for this one test digit (undefined: back to the training batch's). */
  | { type: 'example'; index: number | undefined }
  /** A drawn digit's class probabilities on the trained variables; answered by `predicted` with the same id. */
  | { type: 'predict'; id: number; pixels: Float32Array };

/** The trained state to save, or why there is none. */
export type WeightsResult = { ok: true; state: SavedState } | { ok: false; message: string };
/** How a restore went: the step and notes, or the refusal naming the variables. */
export type RestoreResult = { ok: true; step: number; variables: number; notes: string[] } | { ok: false; message: string };

/** A Run: what to compute, what to feed, and on which variables. */
export interface RunRequest {
  doc: GraphDocument;
  /** Node ids to fetch (each node's first output). */
  fetches: string[];
  /** Placeholder id -> value, overriding the session's bound data for this run only. */
  feeds: Record<string, NestedNumbers>;
  /** Seed of the variables' initializers when the run starts from them. */
  seed: number;
  /** Run on the loaded trainer's variables (the graph trained so far) instead of fresh ones. */
  trained: boolean;
  /** Where dataset bindings (MNIST) are read from, as for `load`. */
  datasetsBase: string;
  /** Bytes the run's tensors may take (the app's memory setting); a safe 1 GB when absent. */
  memoryBudget?: number;
}

/** One fetched tensor: its shape, dtype and its first values (all of them up to MAX_FETCHED_ELEMENTS). */
export interface FetchedValue {
  nodeId: string;
  dtype: string;
  shape: number[];
  values: Float64Array;
}

/** What a Run gave: every fetched value in fetch order, or why it could not run (`nodeId` names where). */
export type RunResult = { ok: true; values: FetchedValue[] } | { ok: false; message: string; nodeId: string | undefined };

/** The most elements of a fetched tensor sent to the UI. */
export const MAX_FETCHED_ELEMENTS = 1 << 16;

/** Step-through: a training step split into the forward pass, the backward pass and the update. */
export type StepPhase = 'forward' | 'backward' | 'update';

export type RunStatus = 'starting' | 'loading' | 'ready' | 'training' | 'paused' | 'finished' | 'failed';

/** Which TensorFlow.js backend runs training, and why that one. */
export interface BackendReport {
  name: string;
  /** One line for the status bar: "WebGL is SwiftShader, a software renderer". */
  reason: string;
  /** WASM only: how many threads train, and why that many ("2 cores, one left for the page"). */
  threads?: { count: number; why: string };
}

/** What the worker knows about a graph once loaded. */
export interface LoadedInfo {
  totalSteps: number;
  logEvery: number;
  /** Labels of the logged fetches (loss first). */
  tags: string[];
  /** Trained variable id -> its gradient's node id (the tensor the histograms call `gradients/<name>`). */
  gradients: Record<string, string>;
  /** Node id -> name, for every node of the training graph. */
  names: Record<string, string>;
  /** Why there is no decision boundary, or undefined when there is one. */
  boundaryUnavailable: string | undefined;
  /** Why an MNIST classifier gets no confusion matrix (its test split could not be read); absent when it does or the graph is no such classifier. */
  confusionUnavailable?: string;
}

/** A tensor's values as they cross: row-major float32. */
export interface TensorData {
  shape: number[];
  values: Float32Array;
}

/** One histogram of one tag at one step: TensorBoard's [left, right, count] buckets, flattened. */
export interface HistogramEntry {
  tag: string;
  step: number;
  wallTime: number;
  /** left0, right0, count0, left1, ... */
  buckets: Float64Array;
  /** The L2 norm of the values (NaN when one is not finite); for a gradient tag, ‖∂loss/∂variable‖, charted per layer. */
  norm?: number;
}

/** One step of one image summary: its first images as 8-bit pixels, normalised as TF does (core/summary/imagePixels). */
export interface ImageEntry extends SummaryImages {
  step: number;
  wallTime: number;
}

/** Scalars logged since the last batch: one row per log step, one column per tag. */
export interface ScalarRows {
  tags: string[];
  steps: Float64Array;
  /** Milliseconds since the epoch. */
  wallTimes: Float64Array;
  /** Row-major: values[row * tags.length + column]. */
  values: Float64Array;
}

/** Per node output statistics: mean, std, min, max, L2 norm, count of non-finite elements. */
export const NODE_STAT_FIELDS = ['mean', 'std', 'min', 'max', 'norm', 'nonFinite'] as const;

/**
 * Which values a capture holds: `initial` the variables only (after a reset),
 * `forward` the forward pass of step `step`, `backward` that and its gradients,
 * `update` the variables after step `step - 1`'s update (with their changes),
 * `step` a whole step (its forward and backward values, the variables after its update), `training` everything.
 */
export type ValuesShown = 'initial' | 'forward' | 'backward' | 'update' | 'step' | 'training';

/** How one update changed one variable. */
export interface VariableChange {
  /** The Variable's node id. */
  id: string;
  /** Its ApplyGradient node's id. */
  updateNode: string | undefined;
  /** Mean of the value before and after (the value itself for a scalar). */
  before: number;
  after: number;
  /** L2 norm of after - before, and its largest absolute element. */
  deltaNorm: number;
  deltaMax: number;
}

export interface NodeStats {
  /** The values are those step `step` computes: variables after `step` updates (the step counter's number). */
  step: number;
  shows: ValuesShown;
  ids: string[];
  shapes: number[][];
  /** Row-major: stats[i * NODE_STAT_FIELDS.length + field]. */
  stats: Float64Array;
  /** After an update: how it changed each trained variable. */
  changes: VariableChange[] | undefined;
  /** The one test digit the values are computed on, when one is picked. */
  example?: PickedExample;
}

/** The model's output over the input plane: size x size values, row 0 at the bottom (x2 = y0). */
export interface BoundaryGrid {
  step: number;
  size: number;
  x: [number, number];
  y: [number, number];
  values: Float32Array;
  /** Training points: x1, x2, label per point. */
  points: Float32Array;
}

/** The watched node at one step: its value and, when it has one, the loss's gradient with respect to it. */
export interface WatchedTensors {
  nodeId: string;
  step: number;
  value: TensorData | undefined;
  gradient: TensorData | undefined;
  /** After an update, a Variable's value before it. */
  before?: TensorData;
  /** The one test digit the values are computed on, when one is picked. */
  example?: PickedExample;
}

/** Everything that happened since the last batch; sent at most once per drawn frame. */
export interface SummaryBatch {
  /** Steps done so far. */
  step: number;
  totalSteps: number;
  /** Over the last second or so of training. */
  stepsPerSecond: number;
  scalars: ScalarRows | undefined;
  histograms: HistogramEntry[];
  /** The image summaries taken at log steps since the last batch (absent when there are none). */
  images?: ImageEntry[];
  nodeStats: NodeStats | undefined;
  boundary: BoundaryGrid | undefined;
  watched: WatchedTensors | undefined;
  /** An MNIST classifier's confusion matrix on the test split, when scored since the last batch. */
  confusion?: ConfusionReport;
}

export type FromWorker =
  | { type: 'backend'; backend: BackendReport }
  | { type: 'loaded'; info: LoadedInfo }
  | { type: 'status'; status: RunStatus; step: number; message?: string; phase?: StepPhase }
  /** A bound dataset loading while the graph loads (MNIST is 55 MB): bytes read, then examples decoded. */
  | { type: 'dataProgress'; progress: DataProgress }
  | { type: 'batch'; batch: SummaryBatch }
  /** The answers to `confusionCell` and `predict` with this id. */
  | { type: 'cell'; id: number; result: CellResult }
  | { type: 'predicted'; id: number; result: PredictResult }
  /** Training failed: a graph or data problem, or a value that stopped being finite (then `nodeId` names where). */
  | { type: 'failed'; message: string; nodeId: string | undefined; step: number | undefined; nonFinite: boolean }
  /** The answer to `run` with this id. */
  | { type: 'ran'; id: number; result: RunResult }
  | { type: 'weights'; id: number; result: WeightsResult }
  | { type: 'restored'; id: number; result: RestoreResult }
  /** Breakpoints fired on step `step` and training paused after it (a `paused` status follows). */
  | { type: 'breakpoint'; hit: BreakpointReport }
  /** Watches that log nothing on this graph, each with why (`"hidden" is not a scalar ...`). */
  | { type: 'watchesSkipped'; reasons: string[] };

/** The first breakpoint that fired, and how many fired with it. */
export interface BreakpointReport {
  breakpointId: string;
  nodeId: string;
  step: number;
  /** For the status bar: which condition fired at which step. */
  message: string;
  others: number;
}

/** Histogram tag of a variable's gradient. */
export function gradientTag(variableName: string): string {
  return `${variableName} (gradient)`;
}

/** The buffers of a batch, to transfer instead of copy. */
export function batchTransfers(batch: SummaryBatch): ArrayBuffer[] {
  const out: ArrayBufferLike[] = [];
  if (batch.scalars) out.push(batch.scalars.steps.buffer, batch.scalars.wallTimes.buffer, batch.scalars.values.buffer);
  for (const h of batch.histograms) out.push(h.buckets.buffer);
  for (const image of batch.images ?? []) out.push(image.pixels.buffer);
  if (batch.nodeStats) out.push(batch.nodeStats.stats.buffer);
  if (batch.boundary) out.push(batch.boundary.values.buffer, batch.boundary.points.buffer);
  if (batch.watched?.value) out.push(batch.watched.value.values.buffer);
  if (batch.watched?.gradient) out.push(batch.watched.gradient.values.buffer);
  if (batch.watched?.before) out.push(batch.watched.before.values.buffer);
  if (batch.confusion) out.push(batch.confusion.counts.buffer);
  // A buffer listed twice makes postMessage throw; typed arrays made here each own theirs.
  return [...new Set(out)] as ArrayBuffer[];
}

// MNIST you can poke: the confusion matrix over the test split, a cell's digits, a picked test digit, a drawn digit's prediction.

/** The classifier's confusion matrix on the test split, after `step` steps. */
export interface ConfusionReport {
  step: number;
  classes: number;
  /** Row-major: counts[trueClass * classes + predicted]. */
  counts: Int32Array;
  /** Test examples counted (the sum of the counts). */
  total: number;
}

/** One test digit: where it is in the test split, what it is, what the model says. */
export interface TestDigit {
  /** Index in the test split (0 to 9,999). */
  index: number;
  label: number;
  predicted: number;
  /** The model's probability of each class. */
  probabilities: Float32Array;
  /** 28 x 28 grey values, 0 paper to 1 ink, row-major. */
  pixels: Float32Array;
}

/** A cell's digits (the first `digits.length` of `count`), or why there are none. */
export type CellResult = { ok: true; trueClass: number; predicted: number; count: number; digits: TestDigit[] } | { ok: false; message: string };

/** A drawn digit's class probabilities, or why the model could not say. */
export type PredictResult = { ok: true; probabilities: Float32Array } | { ok: false; message: string };

/** The test digit whose values the canvas shows (NodeStats and WatchedTensors carry it while one is picked). */
export interface PickedExample {
  index: number;
  label: number;
  predicted: number;
}

/** The most digits of one cell sent to the UI. */
export const MAX_CELL_DIGITS = 48;
