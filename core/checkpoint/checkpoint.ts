/**
 * Saved weights (TF1's `tf.train.Saver`): the trained Variables of a graph,
 * with the optimizer's slots and the step, as one small JSON file
 * (`<name>.weights.json`) or inside the document (`weights`). The values are
 * little-endian float32 bytes in base64, so they come back bit for bit.
 * docs/architecture.md says why this shape.
 */

export const CHECKPOINT_FORMAT = 'flowboard.weights';
/** The newest checkpoint version this app reads and writes. */
export const CHECKPOINT_VERSION = 1;
/** How the values of every tensor are written. */
export const CHECKPOINT_ENCODING = 'base64-float32-le';
/** The file name ending of a checkpoint written next to its document. */
export const CHECKPOINT_EXTENSION = '.weights.json';

/** One saved tensor: its shape, dtype and values. */
export interface SavedTensor {
  shape: number[];
  dtype: 'float32';
  /** Row-major little-endian float32 bytes, base64 (CHECKPOINT_ENCODING). */
  data: string;
}

/** A Variable's saved value, under the Variable node's name. */
export interface SavedVariable extends SavedTensor {
  name: string;
}

/** One optimizer slot (Adam's `m`, Momentum's accumulator ...) of one Variable. */
export interface SavedSlot extends SavedTensor {
  /** The Variable's name. */
  variable: string;
  /** The slot's name in the update rule (`m`, `v`, `accumulator` ...). */
  slot: string;
}

export interface Checkpoint {
  format: typeof CHECKPOINT_FORMAT;
  version: number;
  encoding: typeof CHECKPOINT_ENCODING;
  /** The graph it was saved from: its title and a fingerprint of its nodes and edges (graphFingerprint). */
  graph: { title: string; fingerprint: string };
  /** Training steps taken when it was saved: training continues at this step. */
  step: number;
  variables: SavedVariable[];
  /** The optimizer's state, when the graph was trained: its kind and every slot. */
  optimizer?: { kind: string; slots: SavedSlot[] };
}
