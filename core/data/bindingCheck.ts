/**
 * Whether bound data can feed its Placeholder, judged from the document alone
 * (no file is read, no dataset loaded): the data's shape and values against
 * the Placeholder's shape and dtype, with the row fitting and batching the
 * trainer applies (core/runtime/feedSet.ts).
 */
import type { DataBinding } from '../graph/document.ts';
import { dimsCompatible, formatShape, type TensorType } from '../graph/shape.ts';
import { parseCsv } from './csv.ts';
import { csvBindingData } from './csvBinding.ts';
import { type DataArray, fitRows } from './dataArray.ts';
import { DataError } from './dataError.ts';
import { inlineData } from './inline.ts';
import { MNIST_SIZES } from './mnist.ts';
import { SHAPES_SIDE, SHAPES_SIZES } from './shapes.ts';

/** What a check needs of bound data: its shape, and the first value an int32 or bool Placeholder could not take. */
export interface DataSummary {
  shape: number[];
  /** The first value that is not a whole number. */
  fraction?: number;
  /** The first value that is neither 0 nor 1. */
  nonBinary?: number;
}

/** The summary of loaded data. */
export function summarize(data: DataArray): DataSummary {
  const out: DataSummary = { shape: data.shape };
  for (const v of data.values) {
    if (out.fraction === undefined && !Number.isInteger(v)) out.fraction = v;
    if (out.nonBinary === undefined && v !== 0 && v !== 1) out.nonBinary = v;
    if (out.fraction !== undefined && out.nonBinary !== undefined) break;
  }
  return out;
}

const cache = new WeakMap<DataBinding, { text: string | undefined; summary: DataSummary | string | undefined }>();

/**
 * The summary of a binding's data, or what makes it unreadable (a bad kept
 * CSV); undefined when it cannot be known without reading a file. Memoized
 * per binding object, as the analysis asks on every edit.
 */
export function bindingSummary(binding: DataBinding, files: Readonly<Record<string, string>> | undefined): DataSummary | string | undefined {
  const text = binding.kind === 'csv' && files && Object.hasOwn(files, binding.path) ? files[binding.path] : undefined;
  const hit = cache.get(binding);
  if (hit && hit.text === text) return hit.summary;
  const summary = computeSummary(binding, text);
  cache.set(binding, { text, summary });
  return summary;
}

function computeSummary(binding: DataBinding, text: string | undefined): DataSummary | string | undefined {
  try {
    switch (binding.kind) {
      case 'inline':
        return summarize(inlineData(binding.value, 'the inline data'));
      case 'csv':
        return text === undefined ? undefined : summarize(csvBindingData(parseCsv(text, binding.path), binding, binding.path));
      case 'dataset': {
        if (binding.name === 'shapes') return shapesSummary(binding.split, binding.field);
        const count = Object.hasOwn(MNIST_SIZES, binding.split) ? MNIST_SIZES[binding.split] : undefined;
        if (binding.name !== 'mnist' || count === undefined) return undefined;
        if (binding.field === 'images') return { shape: [count, 784], fraction: 0.5, nonBinary: 0.5 };
        if (binding.field === 'labels') return { shape: [count, 10] };
        return undefined;
      }
    }
  } catch (e) {
    if (e instanceof DataError) return e.message;
    throw e;
  }
}

/** The generated shapes set: RGB rows of 227x227x3 in [0, 1] and class numbers 0-3. */
function shapesSummary(split: string, field: string): DataSummary | undefined {
  const count = Object.hasOwn(SHAPES_SIZES, split) ? SHAPES_SIZES[split as keyof typeof SHAPES_SIZES] : undefined;
  if (count === undefined) return undefined;
  if (field === 'images') return { shape: [count, SHAPES_SIDE * SHAPES_SIDE * 3], fraction: 0.5, nonBinary: 0.5 };
  return field === 'labels' ? { shape: [count], nonBinary: 2 } : undefined;
}

/** The shape the data takes when fed: rows laid out in the Placeholder's per-example shape where they fit it. */
export function fittedShape(data: DataSummary, type: TensorType): number[] {
  return fitRows({ values: new Float32Array(0), shape: data.shape }, type.shape).shape;
}

/** Whether the data is split into batches of examples along the Placeholder's first, unknown dimension. */
export function isBatchedFeed(data: DataSummary, type: TensorType): boolean {
  return type.shape !== null && type.shape.length > 0 && type.shape[0] === null && data.shape.length > 0;
}

/**
 * Why the data cannot feed a Placeholder of `type`, naming both; undefined
 * when it can. `what` says what the data is ("inline data", "iris.csv
 * columns x1, x2").
 */
export function feedProblem(placeholder: string, type: TensorType, data: DataSummary, what: string): string | undefined {
  const wanted = `Placeholder "${placeholder}" takes ${formatShape(type.shape)} ${type.dtype}`;
  const shape = fittedShape(data, type);
  const mismatch = shapeMismatch(shape, type);
  if (mismatch) return `${wanted}, but the data bound to it (${what}) is ${formatShape(data.shape)}: ${mismatch}`;
  if (isBatchedFeed(data, type) && data.shape[0] === 0) return `${wanted}, but the data bound to it (${what}) has no examples`;
  if (type.dtype === 'int32' && data.fraction !== undefined) return `${wanted}, but the data bound to it (${what}) holds fractions such as ${data.fraction}: an int32 Placeholder takes whole numbers`;
  if (type.dtype === 'bool' && data.nonBinary !== undefined) return `${wanted}, but the data bound to it (${what}) holds ${data.nonBinary}: a bool Placeholder takes 0/1 or true/false`;
  return undefined;
}

function shapeMismatch(actual: number[], type: TensorType): string | undefined {
  if (type.shape === null) return undefined;
  if (actual.length !== type.shape.length) return `rank ${actual.length} where the Placeholder has rank ${type.shape.length}`;
  for (let i = 0; i < actual.length; i++) if (!dimsCompatible(type.shape[i], actual[i])) return `dimension ${i} is ${actual[i]} where the Placeholder has ${type.shape[i]}`;
  return undefined;
}
