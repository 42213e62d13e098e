/**
 * Built-in datasets for the app: `mnist/<file>` is fetched from the app's
 * `datasets/` folder (beside index.html, in the browser and the desktop app
 * alike), with progress as the bytes arrive. Files are cached for the page's
 * life, so training twice reads them once.
 */
import type { DatasetProvider } from '../../core/data/datasetProvider.ts';

type Fetch = (url: string) => Promise<Response>;

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
  const total = Number(response.headers.get('content-length') ?? 0) || 0;
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
    onProgress?.(done, total);
  }
  const all = new Uint8Array(done);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.length;
  }
  return all;
}
