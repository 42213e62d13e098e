/**
 * A checkpoint's values decoded: what a session restores and what it saves.
 * `writeCheckpoint` encodes one into the file's form, `readCheckpoint`
 * decodes and validates a file back into one.
 */

/** A tensor's values, row-major float32, and its shape. */
export interface StateTensor {
  shape: number[];
  values: Float32Array;
}

export interface SavedState {
  /** Training steps taken: training goes on at this step. */
  step: number;
  /** Variable name -> value. */
  variables: Map<string, StateTensor>;
  /** The optimizer's kind and slots (variable name -> slot name -> value), when training made any. */
  optimizer?: { kind: string; slots: Map<string, Map<string, StateTensor>> };
}

/** A decoded checkpoint: its state and the graph it came from. */
export interface LoadedCheckpoint extends SavedState {
  graph: { title: string; fingerprint: string };
}

/** How many elements a shape holds. */
export function elementCount(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}
