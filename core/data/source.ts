/**
 * Where a placeholder's training data comes from. Core does no I/O: a CSV
 * binding is read through the `readText` the caller passes (node:fs in the
 * CLI, the platform layer in the app), a dataset binding (MNIST) through its
 * `datasets` provider.
 */
import type { DataBinding, DatasetSplit } from '../graph/document.ts';
import { parseCsv } from './csv.ts';
import { csvBindingData } from './csvBinding.ts';
import type { DataArray } from './dataArray.ts';
import { DataError } from './dataError.ts';
import type { DataProgress, DatasetProvider } from './datasetProvider.ts';
import { inlineData } from './inline.ts';
import { loadMnist, mnistPart } from './mnist.ts';
import { loadShapes } from './shapes.ts';

/** One binding's data, loaded on demand. */
export interface DataSource {
  /** What the data is, for messages: `inline data`, `scores.csv columns x1, x2`. */
  readonly description: string;
  /** Reads and decodes the data; rejects with a DataError that says what is wrong and where. */
  load(): Promise<DataArray>;
}

export interface DataContext {
  /** CSV text the document keeps, by file name (its session's `files`); read before `readText`. */
  files?: Readonly<Record<string, string>>;
  /** Reads a text file named by a binding (relative paths are the caller's to resolve, e.g. against the document's folder). */
  readText?: (path: string) => Promise<string>;
  /** Reads the files of built-in datasets (MNIST) for dataset bindings. */
  datasets?: DatasetProvider;
  /** Called as a dataset loads, for a progress bar. */
  onDataProgress?: (progress: DataProgress) => void;
}

/** The datasets a binding may name: MNIST, read through the provider, and shapes, generated (shapes.ts). */
export const DATASET_NAMES: readonly string[] = ['mnist', 'shapes'];

/** The source of a binding; `placeholder` names the bound Placeholder in messages. */
export function dataSource(binding: DataBinding, placeholder: string, context: DataContext = {}): DataSource {
  const what = `the data bound to Placeholder "${placeholder}"`;
  switch (binding.kind) {
    case 'inline':
      return { description: 'inline data', load: async () => inlineData(binding.value, what) };
    case 'csv':
      return {
        description: `${binding.path} columns ${binding.columns.join(', ')}${binding.oneHot ? ' (one-hot)' : ''}`,
        load: async () => {
          const kept = context.files && Object.hasOwn(context.files, binding.path) ? context.files[binding.path] : undefined;
          if (kept !== undefined) return csvBindingData(parseCsv(kept, binding.path), binding, binding.path);
          if (!context.readText) throw new DataError(`${what} is the CSV file ${binding.path}, but this caller cannot read files (no readText was given)`);
          let text: string;
          try {
            text = await context.readText(binding.path);
          } catch (e) {
            throw new DataError(`cannot read ${binding.path} for Placeholder "${placeholder}": ${(e as Error).message}`);
          }
          return csvBindingData(parseCsv(text, binding.path), binding, binding.path);
        },
      };
    case 'dataset':
      return {
        description: `dataset ${binding.name} (${binding.split}, ${binding.field})`,
        load: async () => {
          if (!DATASET_NAMES.includes(binding.name))
            throw new DataError(`Placeholder "${placeholder}" is bound to the dataset "${binding.name}", which Flowboard does not have; the built-in datasets are: ${DATASET_NAMES.join(', ')}`);
          if (binding.name === 'shapes') return shapesFor(binding.split, binding.field, placeholder);
          const [split, field] = mnistPart(binding.split, binding.field, placeholder);
          if (!context.datasets) throw new DataError(`${what} is the MNIST dataset, but this caller cannot read datasets (no datasets provider was given)`);
          try {
            return await loadMnist(split, field, context.datasets, context.onDataProgress);
          } catch (e) {
            if (e instanceof DataError) throw e;
            throw new DataError(`cannot read MNIST ${split} ${field} for Placeholder "${placeholder}": ${(e as Error).message}`);
          }
        },
      };
  }
}

function shapesFor(split: DatasetSplit, field: string, placeholder: string): DataArray {
  try {
    return loadShapes(split, field);
  } catch (e) {
    throw e instanceof DataError ? new DataError(`Placeholder "${placeholder}": ${e.message}`) : e;
  }
}
