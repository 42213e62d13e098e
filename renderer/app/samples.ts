/** The lesson samples, read and checked by core's loader. */
import { type LoadResult, parseDocument } from '../../core/graph/load.ts';
import { readSampleJson, sampleNames } from '../platform/sampleAssets.ts';

export { sampleNames };

/** Loads one sample by name; undefined when there is no such sample. */
export async function loadSample(name: string): Promise<LoadResult | undefined> {
  const json = await readSampleJson(name);
  return json === undefined ? undefined : parseDocument(json);
}
