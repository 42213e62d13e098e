/**
 * Reading and writing document files in a browser: the File System Access
 * API where the browser has it (Chromium), else an upload field and a
 * download. Both hand back an opaque handle the browser platform keeps, so
 * Save writes to the same file again when it can.
 */
import { MAX_DOCUMENT_BYTES } from '../../electron/common/payloads.ts';

/** A file the user picked, read as text. */
export interface PickedFile {
  name: string;
  text: string;
  /** Where Save can write again; absent when the browser gives no such access. */
  handle?: FileSystemFileHandle;
}

/** Where a document was saved. */
export interface SavedFile {
  name: string;
  handle?: FileSystemFileHandle;
}

export interface DocumentFiles {
  /** True when picked and saved files keep a handle Save can write to again. */
  readonly keepsHandles: boolean;
  /** Asks for a `.flow.json` file; undefined when the user cancels. Throws FileProblem for an unreadable or oversized file. */
  pick(): Promise<PickedFile | undefined>;
  /** Asks where to save (or downloads); undefined when the user cancels. */
  saveAs(text: string, suggestedName: string): Promise<SavedFile | undefined>;
  /** Writes to a kept handle; false when the user refused write access. */
  write(handle: FileSystemFileHandle, text: string): Promise<boolean>;
  /** Reads a kept handle again (a recent document); throws FileProblem when it is gone or refused. */
  read(handle: FileSystemFileHandle): Promise<string>;
}

/** An expected failure, with a message for the user; `gone` when the file no longer exists. */
export class FileProblem extends Error {
  override readonly name = 'FileProblem';
  constructor(
    message: string,
    readonly gone = false,
  ) {
    super(message);
  }
}

/** What the pickers offer, and what the upload field accepts. */
export const FLOW_EXTENSIONS = ['.flow.json', '.json'] as const;

/** Reads a picked file as text, refusing one larger than the desktop app would open. */
export async function readLimited(file: Blob & { name: string }): Promise<string> {
  if (file.size > MAX_DOCUMENT_BYTES)
    throw new FileProblem(`"${file.name}" is ${megabytes(file.size)}; Flowboard opens graph files of up to ${megabytes(MAX_DOCUMENT_BYTES)}.`);
  return file.text();
}

/** A file name ending in `.flow.json`, from a document name such as "xor-nn" or "My graph". */
export function flowFileName(name: string): string {
  if (/\.(flow\.)?json$/i.test(name)) return name;
  const stem = name.replace(/[\\/:*?"<>|]/g, '_').trim() || 'Untitled';
  return `${stem}.flow.json`;
}

/** The file name for an exported picture of the document `name`: its stem with the image's extension. */
export function imageFileName(name: string, format: 'png' | 'svg'): string {
  const stem = name.replace(/\.(flow\.)?json$/i, '').replace(/[\\/:*?"<>|]/g, '_').trim() || 'Untitled';
  return `${stem}.${format}`;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
