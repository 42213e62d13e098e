/// <reference types="vite/client" />
/**
 * The lesson samples (samples/*.flow.json), bundled into the main process at
 * build time, for File > Open Sample. The main process validates them like
 * any file before the renderer sees one.
 */
import { type LoadResult, parseDocument } from '../../core/graph/load.ts';

const files = import.meta.glob<unknown>('../../samples/*.flow.json', { eager: true, import: 'default' });

export interface SampleEntry {
  /** The file name without `.flow.json`: what requestOpenSample takes. */
  name: string;
  /** The document's title, for the menu. */
  title: string;
}

const byName = new Map(Object.entries(files).map(([path, json]) => [/([^/]+)\.flow\.json$/.exec(path)![1], json]));

/** All samples, sorted by name. */
export function sampleEntries(): SampleEntry[] {
  return [...byName.keys()].sort().map((name) => ({ name, title: parseDocument(byName.get(name)).document?.meta.title ?? name }));
}

/** The sample's document, checked by core's loader; undefined for an unknown name. */
export function loadSample(name: string): LoadResult | undefined {
  return byName.has(name) ? parseDocument(byName.get(name)) : undefined;
}
