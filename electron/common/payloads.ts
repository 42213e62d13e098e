/**
 * What crosses the IPC channels, besides the channel names. The renderer
 * never names a file path: the main process owns paths (dialogs, recent
 * files, the command line), so a compromised page cannot write anywhere.
 */
import type { Diagnostic } from '../../core/graph/diagnostics.ts';
import type { GraphDocument } from '../../core/graph/document.ts';

/** Documents larger than this are refused on open and on save, with a message saying so. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** Exported images, code and logs larger than this are refused. */
export const MAX_EXPORT_BYTES = 64 * 1024 * 1024;
/** The longest title the renderer may report. */
export const MAX_TITLE_LENGTH = 200;

export type DesktopPlatform = 'darwin' | 'win32' | 'linux';

/** Where an opened document came from; `recovered` is an autosave offered back after a crash. */
export type DocumentOrigin = 'new' | 'sample' | 'file' | 'recovered';

/** A document the main process has read and validated with core's loader. */
export interface OpenedDocument {
  document: GraphDocument;
  /** The loader's findings (warnings, graph errors); a document it could not read never gets here. */
  diagnostics: Diagnostic[];
  /** The name to show and save under: the file's name, the sample's name, or the title. */
  name: string;
  origin: DocumentOrigin;
  /** True when the document differs from what is on disk (a recovered autosave). */
  edited: boolean;
}

/** A loader finding with the user's name for its node, when the document was read far enough to know it. */
export type NamedDiagnostic = Diagnostic & { nodeName?: string };

/** A file the main process could not open, for the page's own dialog; nothing was replaced. */
export interface OpenFailure {
  /** The file's name (never its path); empty when no file is known, as for a stale recent entry. */
  name: string;
  /** One sentence: what went wrong. The loader's reasons are in `diagnostics`, not repeated here. */
  message: string;
  diagnostics: NamedDiagnostic[];
}

/**
 * A recent file as the page sees it: enough to show and pick it, never its
 * path. The main process keeps the paths and resolves `id` itself.
 */
export interface RecentEntry {
  /** Opaque and valid while the app runs; it means nothing outside this process. */
  id: string;
  /** The file's name, as the native Open Recent menu shows it. */
  name: string;
  /** As little of the folder as tells same-named files apart: "lessons", or "~/a/lessons" when two sit in folders named "lessons". */
  folder: string;
  /** ISO time it was last opened or saved; absent for a file listed before times were kept. */
  usedAt?: string;
}

/** The renderer's report after each change: the window title and the close prompt use it. */
export interface DocumentState {
  /** The document's title (meta.title); shown when the document has no file yet. */
  title: string;
  edited: boolean;
}

export interface SaveRequest {
  /** The whole document as `*.flow.json` text (core's saveDocument). */
  text: string;
  /** Ask where to save even if the document has a file. */
  saveAs: boolean;
}

export type SaveResult =
  | { status: 'saved'; name: string }
  | { status: 'canceled' }
  | { status: 'failed'; message: string };

/** What a generated file is, which picks the save dialog's filters. */
export type ExportFileKind = 'code' | 'logs' | 'weights';

/** A generated file (code, TensorBoard logs) to write where the user chooses; `name` is only the suggested file name. */
export interface ExportFileRequest {
  name: string;
  data: string | Uint8Array;
  kind: ExportFileKind;
}

export type ExportRequest =
  | { format: 'png'; data: Uint8Array }
  | { format: 'svg'; data: string };
