/**
 * Reads a `*.flow.json` file for a command: the file-system failures become
 * messages a user can act on, then core's loader checks the contents.
 */
import { constants, type Stats } from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';
import { analyze, type GraphAnalysis } from '../core/graph/analyze.ts';
import type { Diagnostic } from '../core/graph/diagnostics.ts';
import type { GraphDocument } from '../core/graph/document.ts';
import { loadDocumentText } from '../core/graph/load.ts';
import { MIGRATIONS } from '../core/graph/migrations.ts';
import { CliError } from './cliError.ts';

/** Graph files beyond this are refused, however they arrive; a graph is small, data belongs in a dataset or CSV. */
export const MAX_GRAPH_FILE_BYTES = 50 * 1024 * 1024;

/** The path that means standard input, as for most Unix tools. */
export const STDIN_PATH = '-';

const KEEP_DATA_OUT = 'keep large data out of the graph by binding a CSV file or dataset to the placeholder';
/** Non-blocking, so opening a named pipe returns at once instead of waiting for a writer (no effect on regular files). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The file's text, read with a byte cap whatever the file is. Throws CliError
 * for a missing, unreadable or oversized file, a directory, or anything that
 * is not a regular file (a device such as /dev/zero, a pipe, a socket);
 * `-` reads `stdin` instead, under the same cap.
 */
export async function readGraphFile(path: string, stdin?: AsyncIterable<Uint8Array | string>): Promise<string> {
  if (path === STDIN_PATH) return readStdin(stdin);
  // The path is checked before opening too: opening a device or a pipe can have effects of its own.
  await regularFile(path, () => stat(path));
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (e) {
    throw fileError(path, e as NodeJS.ErrnoException);
  }
  try {
    // Checked again on the open handle: the path may have been swapped since.
    const size = await regularFile(path, () => handle.stat());
    if (size > MAX_GRAPH_FILE_BYTES) throw tooLarge(`${path} is ${megabytes(size)}, over the ${megabytes(MAX_GRAPH_FILE_BYTES)} limit for graph files`);
    return await readCapped(handle, path);
  } finally {
    await handle.close();
  }
}

/** The size of a regular file; CliError for a directory, a device, a pipe or a socket. */
async function regularFile(path: string, stats: () => Promise<Stats>): Promise<number> {
  let s;
  try {
    s = await stats();
  } catch (e) {
    throw fileError(path, e as NodeJS.ErrnoException);
  }
  if (s.isDirectory()) throw new CliError(`${path} is a directory; give the path of a graph file such as samples/hello.flow.json`);
  if (!s.isFile()) throw new CliError(`${path} is not a regular file (a device, pipe or socket); to read a graph from a pipe, pass ${STDIN_PATH} and send it to standard input`);
  return s.size;
}

/** Reads at most the cap plus one byte, so a file that grows while it is read is still refused. */
async function readCapped(handle: FileHandle, path: string): Promise<string> {
  const buffer = Buffer.alloc(Math.min(MAX_GRAPH_FILE_BYTES + 1, 1 << 20));
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    let bytesRead: number;
    try {
      ({ bytesRead } = await handle.read(buffer, 0, buffer.length, null));
    } catch (e) {
      throw fileError(path, e as NodeJS.ErrnoException);
    }
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > MAX_GRAPH_FILE_BYTES) throw tooLarge(`${path} grew past the ${megabytes(MAX_GRAPH_FILE_BYTES)} limit for graph files while it was read`);
    chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

async function readStdin(stdin: AsyncIterable<Uint8Array | string> | undefined): Promise<string> {
  if (!stdin) throw new CliError(`${STDIN_PATH} means standard input, and nothing is piped in; pipe the graph in, e.g. \`cat g.flow.json | flowboard validate ${STDIN_PATH}\``);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += bytes.byteLength;
    // Stop reading at the cap: leaving the loop ends the stream, whatever is still coming.
    if (total > MAX_GRAPH_FILE_BYTES) throw tooLarge(`standard input holds over ${megabytes(MAX_GRAPH_FILE_BYTES)}, the limit for graph files`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

function tooLarge(what: string): CliError {
  return new CliError(`${what}; ${KEEP_DATA_OUT}`);
}

export interface LoadedGraph {
  /** Undefined when the file is not a usable document. */
  document: GraphDocument | undefined;
  /** The document's analysis (shapes, order) when there is a document; pass it to `new Session`. */
  analysis: GraphAnalysis | undefined;
  /** The loader's diagnostics: structure first, then analysis. */
  diagnostics: Diagnostic[];
}

/**
 * Reads, loads and analyses a graph file (`-`: standard input), checking its
 * tensors against `memoryBudget` (bytes). Throws CliError only for file-system problems.
 */
export async function loadGraphFile(path: string, stdin?: AsyncIterable<Uint8Array | string>, memoryBudget?: number): Promise<LoadedGraph> {
  const { document, diagnostics, analysis } = loadDocumentText(await readGraphFile(path, stdin), MIGRATIONS, { memoryBudget });
  return { document, diagnostics, analysis: document ? (analysis ?? analyze(document, { memoryBudget })) : undefined };
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
