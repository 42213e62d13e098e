/**
 * Built-in datasets for the app: `mnist/<file>` is fetched from the app's
 * `datasets/` folder (beside index.html, in the browser and the desktop app
 * alike), with progress as the bytes arrive. Files are cached for the page's
 * life, so training twice reads them once.
 */
import type { DatasetProvider } from '../../core/data/datasetProvider.ts';
import { idxByteLength } from '../../core/data/mnistIdx.ts';

type Fetch = (url: string) => Promise<Response>;

/** An IDX header is at most this long for the files served here (MNIST's: 8 or 16 bytes). */
const HEADER_BYTES = 64;

/** Datasets under `base` (a URL ending in `/`). */
export function fetchDatasets(base: string, fetcher: Fetch = (url) => fetch(url)): DatasetProvider {
  const cache = new Map<string, Promise<Uint8Array>>();
  return {
    readBytes(path, onProgress) {
      if (!/^[a-z0-9-]+\/[A-Za-z0-9._-]+$/.test(path) || path.includes('..')) return Promise.reject(new Error(`no dataset file ${path}`));
      let bytes = cache.get(path);
      if (!bytes) {
        bytes = readAll(fetcher, new URL(path, base).href, path, onProgress);
        cache.set(path, bytes);
        // A failed read is not remembered, so a retry fetches again.
        bytes.catch(() => cache.delete(path));
      } else {
        void bytes.then((b) => onProgress?.(b.length, b.length), () => undefined);
      }
      return bytes;
    },
  };
}

async function readAll(fetcher: Fetch, url: string, path: string, onProgress?: (done: number, total: number) => void): Promise<Uint8Array> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`the dataset file ${path} could not be loaded (HTTP ${response.status})`);
  // A compressed response's length is not the file's; without a usable length the IDX header says it.
  const compressed = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  let total = compressed ? 0 : Number(response.headers.get('content-length') ?? 0) || 0;
  if (!response.body) {
    const all = new Uint8Array(await response.arrayBuffer());
    onProgress?.(all.length, all.length);
    return all;
  }
  const chunks: Uint8Array[] = [];
  let done = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { value, done: finished } = await reader.read();
    if (finished) break;
    chunks.push(value);
    done += value.length;
    // Only the first bytes can hold the header; past them a file of no known length stays unknown.
    if (total === 0 && done - value.length < HEADER_BYTES) total = idxByteLength(chunks.length === 1 ? value : concat(chunks, done)) ?? 0;
    onProgress?.(done, total);
  }
  return concat(chunks, done);
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const all = new Uint8Array(length);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.length;
  }
  return all;
}
