/**
 * `npm run bench [name ...]`: runs every `bench/*.bench.ts`, or those whose
 * file or bench name contains one of the given names, and prints one table.
 * Benchmarks report numbers; they never fail a build.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchRow } from './lib/bench.ts';
import { endWasmThreads } from '../core/runtime/backend.ts';
import { formatTable } from './lib/table.ts';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()
  .filter((f) => wanted.length === 0 || wanted.some((w) => basename(f, '.bench.ts').includes(w)));

if (files.length === 0) {
  const all = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).map((f) => basename(f, '.bench.ts'));
  console.error(`no benchmark matches ${wanted.join(', ')}; there are: ${all.join(', ') || '(none)'}`);
  process.exitCode = 1;
} else {
  const rows: { bench: string; row: BenchRow }[] = [];
  for (const file of files) {
    const bench = (await import(pathToFileURL(join(here, file)).href)).default as Bench;
    console.error(`running ${bench.name} ...`);
    for (const row of await bench.run()) rows.push({ bench: bench.name, row });
  }
  console.log(formatTable(rows));
  // A bench may have started wasm on threads (worker_threads), which would keep the process alive.
  endWasmThreads();
}
