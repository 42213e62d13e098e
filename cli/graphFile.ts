/**
 * Reads a `*.flow.json` file for a command: the file-system failures become
 * messages a user can act on, then core's loader checks the contents.
 */
import { readFile, stat } from 'node:fs/promises';
import { analyze, type GraphAnalysis } from '../core/graph/analyze.ts';
import type { Diagnostic } from '../core/graph/diagnostics.ts';
import type { GraphDocument } from '../core/graph/document.ts';
import { loadDocumentText } from '../core/graph/load.ts';
import { CliError } from './cliError.ts';

/** Graph files beyond this are refused before reading; a graph is small, data belongs in a dataset or CSV. */
export const MAX_GRAPH_FILE_BYTES = 50 * 1024 * 1024;

/** The file's text; throws CliError for a missing, unreadable, oversized file or a directory. */
export async function readGraphFile(path: string): Promise<string> {
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new CliError(`${path} is a directory; give the path of a graph file such as samples/hello.flow.json`);
    size = s.size;
  } catch (e) {
    throw e instanceof CliError ? e : fileError(path, e as NodeJS.ErrnoException);
  }
  if (size > MAX_GRAPH_FILE_BYTES)
    throw new CliError(`${path} is ${megabytes(size)}, over the ${megabytes(MAX_GRAPH_FILE_BYTES)} limit for graph files; keep large data out of the graph by binding a CSV file or dataset to the placeholder`);
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    throw fileError(path, e as NodeJS.ErrnoException);
  }
}

export interface LoadedGraph {
  /** Undefined when the file is not a usable document. */
  document: GraphDocument | undefined;
  /** The document's analysis (shapes, order) when there is a document; pass it to `new Session`. */
  analysis: GraphAnalysis | undefined;
  /** The loader's diagnostics: structure first, then analysis. */
  diagnostics: Diagnostic[];
}

/** Reads, loads and analyses a graph file. Throws CliError only for file-system problems. */
export async function loadGraphFile(path: string): Promise<LoadedGraph> {
  const { document, diagnostics, analysis } = loadDocumentText(await readGraphFile(path));
  return { document, diagnostics, analysis: document ? (analysis ?? analyze(document)) : undefined };
}

function fileError(path: string, e: NodeJS.ErrnoException): CliError {
  switch (e.code) {
    case 'ENOENT':
      return new CliError(`${path}: no such file; check the path (samples are in samples/, e.g. samples/hello.flow.json)`);
    case 'EACCES':
    case 'EPERM':
      return new CliError(`${path}: permission denied; make the file readable or copy it somewhere you can read`);
    case 'EISDIR':
      return new CliError(`${path} is a directory; give the path of a graph file such as samples/hello.flow.json`);
    default:
      return new CliError(`${path}: cannot read the file (${e.message})`);
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
