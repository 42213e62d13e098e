/**
 * The lesson samples (samples/*.flow.json), bundled into the renderer by Vite
 * and loaded on demand, so adding a lesson needs no code. Browser and desktop
 * ship the same bundle.
 */
const modules = import.meta.glob<unknown>('../../samples/*.flow.json', { import: 'default' });

const byName = new Map(Object.entries(modules).map(([path, load]) => [/([^/]+)\.flow\.json$/.exec(path)![1], load]));

/** The names of all samples (`hello`, ...), sorted. */
export function sampleNames(): string[] {
  return [...byName.keys()].sort();
}

/** One sample's JSON, not yet checked; undefined when there is no such sample. */
export async function readSampleJson(name: string): Promise<unknown> {
  const load = byName.get(name);
  return load ? load() : undefined;
}
