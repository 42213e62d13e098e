/**
 * How the host hands built-in datasets (MNIST) to core, which does no I/O:
 * the CLI reads files from node_modules, the app fetches static assets or
 * goes through its platform layer. Paths are `<dataset>/<file>`, e.g.
 * `mnist/train-images-idx3-ubyte`.
 */
export interface DatasetProvider {
  /** The file's bytes; may report bytes read so far (total 0 when unknown). Rejects when the file is missing. */
  readBytes(path: string, onProgress?: (done: number, total: number) => void): Promise<Uint8Array>;
}

/** Progress of loading one bound field, for a progress bar: `done` of `total` bytes read, or images decoded. */
export interface DataProgress {
  /** What is loading: `mnist train images`. */
  what: string;
  phase: 'reading' | 'decoding';
  done: number;
  total: number;
}
