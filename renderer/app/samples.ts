/**
 * The lesson samples (samples/*.flow.json), bundled by Vite and loaded on
 * demand, so adding a lesson needs no code.
 */
import { type LoadResult, parseDocument } from '../../core/graph/load.ts';

const modules = import.meta.glob<unknown>('../../samples/*.flow.json', { import: 'default' });

const byName = new Map(Object.entries(modules).map(([path, load]) => [/([^/]+)\.flow\.json$/.exec(path)![1], load]));

/** The names of all samples (`hello`, ...), sorted. */
export function sampleNames(): string[] {
  return [...byName.keys()].sort();
}

/** Loads one sample by name; undefined when there is no such sample. */
export async function loadSample(name: string): Promise<LoadResult | undefined> {
  const load = byName.get(name);
  return load ? parseDocument(await load()) : undefined;
}
