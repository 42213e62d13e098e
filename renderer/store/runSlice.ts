/**
 * The run slice: training as the UI sees it. The worker's status, backend and
 * progress; the summaries of the current run (histograms,
 * node statistics, the decision boundary, the watched node); and every run's
 * scalars, kept for comparison until cleared. Never undoable, never saved.
 * The training client (renderer/training/trainingClient.ts) writes it.
 */
import type { DataProgress } from '../../core/data/datasetProvider.ts';
import type { GraphDocument } from '../../core/graph/document.ts';
import type {
  BackendReport,
  BoundaryGrid,
  BreakpointReport,
  ConfusionReport,
  FetchedValue,
  HistogramEntry,
  ImageEntry,
  LoadedInfo,
  NodeStats,
  RunStatus,
  StepPhase,
  WatchedTensors,
} from '../training/protocol.ts';
import type { Slice } from './types.ts';

/** One logged value. */
export interface ScalarPoint {
  step: number;
  /** Milliseconds since the epoch. */
  wallTime: number;
  value: number;
}

/** One training run's scalars: started by Train on a fresh trainer. */
export interface RunRecord {
  id: number;
  label: string;
  color: string;
  /** Tag -> the points kept (a reservoir sample when more were logged), oldest first. */
  scalars: Readonly<Record<string, readonly ScalarPoint[]>>;
  /** Tag -> how many points were logged. */
  logged: Readonly<Record<string, number>>;
}

/** Why training stopped with an error; `nonFinite` when a value became NaN or Infinity at `nodeId`. */
export interface RunFailure {
  message: string;
  nodeId: string | undefined;
  step: number | undefined;
  nonFinite: boolean;
}

export interface RunState {
  /** 'idle' until a graph was sent to the worker. */
  status: RunStatus | 'idle';
  backend: BackendReport | undefined;
  step: number;
  totalSteps: number;
  stepsPerSecond: number;
  /** Why training paused on its own ("the graph changed"). */
  pausedBecause: string | undefined;
  failure: RunFailure | undefined;
  /** The breakpoint that paused training, until training goes on. */
  breakpoint: BreakpointReport | undefined;
  /** The last step-through phase shown, while stepping through. */
  phase: StepPhase | undefined;
  /** What the worker said about the loaded graph. */
  info: LoadedInfo | undefined;
  /** The dataset being read or decoded while the graph loads; undefined otherwise. */
  dataProgress: DataProgress | undefined;
  /** The document object the worker is training; another one means the graph changed since. */
  trainedDocument: GraphDocument | undefined;
  runs: readonly RunRecord[];
  /** The id of the run the worker is on (its record exists once it logged). */
  currentRun: number | undefined;
  /** Tag -> histograms of the current run (a reservoir sample), oldest first. */
  histograms: Readonly<Record<string, readonly HistogramEntry[]>>;
  /** Tag -> the image summaries' steps of the current run (a reservoir sample), oldest first. */
  images: Readonly<Record<string, readonly ImageEntry[]>>;
  nodeStats: NodeStats | undefined;
  boundary: BoundaryGrid | undefined;
  watched: WatchedTensors | undefined;
  /** The step a hovered scalar chart points at, which the other views show; pinned by a click so it survives leaving the chart. */
  scrub: Scrub | undefined;
  /** The last Run's values, until training computes others. */
  fetched: FetchedRun | undefined;
  /** An MNIST classifier's latest confusion matrix on the test split. */
  confusion?: ConfusionReport;
}

/** What the last Run fetched, on the document it ran; the canvas and the Selected node panel show it. */
export interface FetchedRun {
  document: GraphDocument;
  /** Node id -> its fetched value. */
  values: Readonly<Record<string, FetchedValue>>;
  /** Whether it ran on the trained variables (else on fresh ones from the seed). */
  trained: boolean;
}

/** A scrubbed step; `pinned` keeps it when the pointer leaves the chart. */
export interface Scrub {
  step: number;
  pinned: boolean;
}

export interface RunSlice {
  run: RunState;
  /** Merges a change into the run state. */
  setRun(change: Partial<RunState>): void;
}

/** The run state before anything was trained. */
export function initialRunState(): RunState {
  return {
    status: 'idle',
    backend: undefined,
    step: 0,
    totalSteps: 0,
    stepsPerSecond: 0,
    pausedBecause: undefined,
    failure: undefined,
    breakpoint: undefined,
    phase: undefined,
    info: undefined,
    dataProgress: undefined,
    trainedDocument: undefined,
    runs: [],
    currentRun: undefined,
    histograms: {},
    images: {},
    nodeStats: undefined,
    boundary: undefined,
    watched: undefined,
    scrub: undefined,
    fetched: undefined,
  };
}

/** Creates the run slice. */
export const createRunSlice: Slice<RunSlice> = (set, get) => ({
  run: initialRunState(),
  setRun: (change) => set({ run: { ...get().run, ...change } }),
});
