/**
 * Reading and writing graph files: a size limit with a clear message, every
 * opened document validated by core's loader before the renderer sees it,
 * and atomic saves.
 */
import { damageDiagnostics } from '../../core/graph/damage.ts';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Diagnostic, formatDiagnostic } from '../../core/graph/diagnostics.ts';
import type { GraphDocument } from '../../core/graph/document.ts';
import { loadDocumentText } from '../../core/graph/load.ts';
import { MAX_DOCUMENT_BYTES, type NamedDiagnostic } from '../common/payloads.ts';
import { writeFileAtomic } from './atomicWrite.ts';

export type FileErrorCode = 'TOO_LARGE' | 'NOT_A_FILE' | 'NOT_TEXT' | 'INVALID' | 'READ_FAILED' | 'WRITE_FAILED';

/** An expected failure, with a message meant for the user: the summary, then the loader's reasons when there are any. */
export class FileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    /** One sentence, for a dialog that lists the diagnostics itself (the renderer's). */
    readonly summary: string,
    readonly diagnostics: NamedDiagnostic[] = [],
    reasons = '',
  ) {
    super(reasons ? `${summary}\n${reasons}` : summary);
    this.name = 'FileError';
  }
}

export interface ReadDocument {
  document: GraphDocument;
  diagnostics: Diagnostic[];
}

/** Reads and validates a graph file; throws FileError when it is too large, not text, or not a graph. */
export async function readDocumentFile(path: string, limit = MAX_DOCUMENT_BYTES): Promise<ReadDocument> {
  const text = decodeUtf8(await readLimited(path, limit), path);
  return checkDocument(text, path);
}

/** Validates document text and writes it atomically; a text the loader cannot read is refused. */
export async function writeDocumentFile(path: string, text: string, limit = MAX_DOCUMENT_BYTES): Promise<void> {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.byteLength > limit) throw tooLarge(path, bytes.byteLength, limit);
  checkDocument(text, path);
  await writeAtomicOrExplain(path, bytes);
}

/** Writes any file atomically, turning a system error into a FileError that names the file. */
export async function writeAtomicOrExplain(path: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, data);
  } catch (e) {
    throw new FileError('WRITE_FAILED', `Could not save "${basename(path)}": ${systemMessage(e)}`);
  }
}

/** Runs core's loader: a document it cannot make is refused with the loader's reasons. */
export function checkDocument(text: string, path: string): ReadDocument {
  const { document, diagnostics } = loadDocumentText(text);
  if (!document) {
    const reasons = diagnostics.map((d) => formatDiagnostic(d)).join('\n');
    throw new FileError('INVALID', `"${basename(path)}" is not a Flowboard graph that this version can open.`, diagnostics, reasons);
  }
  const damage = damageDiagnostics(diagnostics);
  if (damage.length > 0) {
    const names = new Map(document.nodes.map((n) => [n.id, n.name]));
    const reasons = damage.map((d) => formatDiagnostic(d, (id) => names.get(id))).join('\n');
    // The renderer's dialog names nodes as the user knows them, as the browser's check does.
    const named = damage.map((d) => (d.nodeId && names.has(d.nodeId) ? { ...d, nodeName: names.get(d.nodeId) } : d));
    throw new FileError('INVALID', `"${basename(path)}" is damaged and must be repaired before it can be edited.`, named, reasons);
  }
  return { document, diagnostics };
}

/** Reads at most `limit` bytes, checking the size on the open handle so a growing file cannot slip past. */
async function readLimited(path: string, limit: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw new FileError('READ_FAILED', `Could not open "${basename(path)}": ${systemMessage(e)}`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new FileError('NOT_A_FILE', `"${basename(path)}" is not a file.`);
    if (info.size > limit) throw tooLarge(path, info.size, limit);
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > limit) throw tooLarge(path, length, limit);
    }
    return buffer.subarray(0, length);
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError('READ_FAILED', `Could not read "${basename(path)}": ${systemMessage(e)}`);
  } finally {
    await handle.close();
  }
}

function decodeUtf8(bytes: Buffer, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileError('NOT_TEXT', `"${basename(path)}" is not a text file, so it cannot be a Flowboard graph.`);
  }
}

function tooLarge(path: string, size: number, limit: number): FileError {
  return new FileError('TOO_LARGE', `"${basename(path)}" is ${megabytes(size)}; Flowboard opens and saves graph files of up to ${megabytes(limit)}.`);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function systemMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const byCode: Record<string, string> = {
    ENOENT: 'the file or its folder does not exist',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOSPC: 'the disk is full',
    EROFS: 'the disk is read-only',
    EISDIR: 'it is a folder',
  };
  return (err.code && byCode[err.code]) ?? err.message ?? String(e);
}
