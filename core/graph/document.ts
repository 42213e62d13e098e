/**
 * The graph document: what a `*.flow.json` file holds. Plain JSON data; the
 * canvas, the compiler and the CLI all derive their state from it.
 */
import type { SweepDefinition } from '../sweep/sweep.ts';

import type { Checkpoint } from '../checkpoint/checkpoint.ts';
import type { DebugConfig } from './debug.ts';
import type { SweepResults } from '../sweep/sweepResults.ts';

export const FORMAT_ID = 'flowboard.graph';
/** The newest document version this app reads and writes. */
export const FORMAT_VERSION = 1;

/** Any JSON value an attribute may hold. */
export type AttrValue = number | string | boolean | null | AttrValue[] | { [key: string]: AttrValue };
export type Attrs = Record<string, AttrValue>;

export interface Position {
  x: number;
  y: number;
}

export interface GraphNode {
  /** Stable identity; never shown, never renamed. */
  id: string;
  /** Op kind, PascalCase (`MatMul`). */
  op: string;
  /** User-visible name, unique in the graph; may carry a scope (`layer1/W`). */
  name: string;
  attrs: Attrs;
  position: Position;
}

/**
 * A wire from one output of a node to one input of another. A variadic input
 * (Concat's `values`) is addressed as `values:0`, `values:1`, ...
 */
export interface GraphEdge {
  id: string;
  source: string;
  sourceOutput: string;
  target: string;
  targetInput: string;
}

export interface DocumentMeta {
  title: string;
  description?: string;
  /** The lesson this graph teaches, in Markdown. */
  lesson?: string;
}

/** Nested numbers as in a JSON array literal: `3`, `[1, 2]`, `[[1], [2]]`. */
export type NestedNumbers = number | boolean | NestedNumbers[];

/**
 * The splits of a built-in dataset (MNIST): its two files' `train` (60,000)
 * and `test` (10,000), and TF1 read_data_sets' `train-55k` (images 5,001 to
 * 60,000, which the course trains on) and `validation-5k` (the first 5,000).
 */
export const DATASET_SPLITS = ['train', 'test', 'train-55k', 'validation-5k'] as const;
export type DatasetSplit = (typeof DATASET_SPLITS)[number];

/** Where a placeholder's values come from when Train or Run feeds it. */
export type DataBinding = { kind: 'inline'; value: NestedNumbers } | CsvBinding | { kind: 'dataset'; name: string; split: DatasetSplit; field: string };

/**
 * Columns of a CSV file with a header row, one row per example. The file is
 * read from the session's `files` when the document keeps it there (a file
 * picked in the app), else from `path`, relative to the document's folder.
 */
export interface CsvBinding {
  kind: 'csv';
  path: string;
  columns: string[];
  /** The classes of a label column, in order: its one column becomes one 0/1 column per class (one-hot). */
  oneHot?: string[];
}

export type FetchRole = 'loss' | 'accuracy' | 'metric' | 'prediction';

export interface FetchSpec {
  /** Node id. */
  node: string;
  /** Output name; the node's first output when absent. */
  output?: string;
  role: FetchRole;
  /** Label in logs and charts; the node's name when absent. */
  label?: string;
}

/** An image summary (TF's `tf.summary.image`): the node's [batch, height, width, channels] value drawn at log steps. */
export interface ImageSummary {
  /** Node id; its first output is drawn. */
  node: string;
  /** Tag in the Images panel; the node's name when absent. */
  label?: string;
  /** How many images of the batch are kept per step (TF's max_outputs, default 3). */
  maxOutputs?: number;
}

/** TF's default max_outputs. */
export const DEFAULT_MAX_OUTPUTS = 3;

/** What Train (and a bare Run) does with the graph. */
export interface SessionConfig {
  /** Id of the node whose run is one training step (a Minimize node). */
  train?: string;
  fetches: FetchSpec[];
  /** Placeholder id -> training data. */
  feeds: Record<string, DataBinding>;
  /** Placeholder id -> evaluation data; metrics are evaluated on it when present. */
  evalFeeds?: Record<string, DataBinding>;
  steps?: number;
  epochs?: number;
  batchSize?: number;
  logEvery?: number;
  seed?: number;
  /** CSV text kept in the document by file name, for csv bindings whose path names it: a browser cannot read a picked file again. */
  files?: Record<string, string>;
  /** Settings and seeds to train over (core/sweep); absent for a single run. */
  sweep?: SweepDefinition;
  /** Tensors drawn as images at log steps (the Images panel); absent when there are none. */
  images?: ImageSummary[];
}

export interface GraphDocument {
  format: typeof FORMAT_ID;
  version: number;
  meta: DocumentMeta;
  nodes: GraphNode[];
  edges: GraphEdge[];
  session?: SessionConfig;
  /** Trained weights kept inside the document on request (core/checkpoint); a `.weights.json` file beside it otherwise. */
  weights?: Checkpoint;
  /** Breakpoints and watches (optional; see debug.ts). */
  debug?: DebugConfig;
  /** The last sweep run in the app: its runs' curves (optional; see core/sweep/sweepResults.ts). */
  sweepResults?: SweepResults;
}

/** Reference to one output of one node. */
export interface TensorRef {
  node: string;
  output: string;
}

/** Splits `values:2` into `{ name: 'values', index: 2 }`; plain names have index 0. */
export function parseInputSlot(slot: string): { name: string; index: number } | undefined {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?::(\d{1,4}))?$/.exec(slot);
  if (!match) return undefined;
  return { name: match[1], index: match[2] === undefined ? 0 : Number(match[2]) };
}

/** The slot name of the i-th entry of a variadic input. */
export function variadicSlot(name: string, index: number): string {
  return `${name}:${index}`;
}

/** An empty, valid document. */
export function emptyDocument(title = 'Untitled'): GraphDocument {
  return { format: FORMAT_ID, version: FORMAT_VERSION, meta: { title }, nodes: [], edges: [] };
}
