/**
 * The API the preload exposes to the renderer as `window.flowboard`: one
 * function per message. The renderer reaches it only through
 * renderer/platform; in a plain browser it is absent.
 */
import type { MenuCommand } from './menuCommands.ts';
import type { DesktopPlatform, DocumentState, ExportFileRequest, ExportRequest, OpenedDocument, OpenFailure, RecentEntry, SaveRequest, SaveResult } from './payloads.ts';

/** Removes a listener added with one of the `on...` functions. */
export type Unsubscribe = () => void;

export interface DesktopApi {
  /** The operating system, for labels such as Cmd versus Ctrl. */
  readonly platform: DesktopPlatform;
  /** Says the renderer listens; documents from the command line or crash recovery arrive after this. */
  rendererReady(): Promise<void>;
  /** Reports the title and edited state after each change: the window title, close prompt and autosave follow it. */
  setDocumentState(state: DocumentState): void;
  /** Sends the edited document for crash recovery; the shell writes it at most every few seconds. */
  autosave(text: string): void;
  /** Saves the document to its file, or asks where when it has none or `saveAs` is set. */
  save(request: SaveRequest): Promise<SaveResult>;
  /** Writes an exported picture of the graph where the user chooses. */
  exportImage(request: ExportRequest): Promise<SaveResult>;
  /** Writes a generated file (code, TensorBoard logs) where the user chooses, suggesting its name. */
  exportFile(request: ExportFileRequest): Promise<SaveResult>;
  /** Offers to save unsaved changes; true when the page may show a generated document, which the shell then treats as new and unsaved. */
  confirmReplace(): Promise<boolean>;
  /** Offers to save unsaved changes, shows the Open dialog, then delivers the file through onOpenDocument. */
  requestOpen(): Promise<void>;
  /** Offers to save unsaved changes, then delivers an empty document through onOpenDocument. */
  requestNew(): Promise<void>;
  /** Offers to save unsaved changes, then delivers the named lesson sample through onOpenDocument. */
  requestOpenSample(name: string): Promise<void>;
  /** The recent files, newest first, as names and folders with opaque ids (the same list as File > Open Recent). */
  listRecent(): Promise<RecentEntry[]>;
  /** Offers to save unsaved changes, then opens the recent file `id` names (from listRecent) through onOpenDocument or onOpenFailed. */
  requestOpenRecent(id: string): Promise<void>;
  /** Every document the renderer should show: opened, new, sample, or recovered. */
  onOpenDocument(listener: (opened: OpenedDocument) => void): Unsubscribe;
  /** A file that could not be opened (too large, not a graph, damaged, gone), for the renderer's own dialog. */
  onOpenFailed(listener: (failure: OpenFailure) => void): Unsubscribe;
  /** The recent list changed (a file opened or saved, the list cleared, a missing file dropped): list it again. */
  onRecentChanged(listener: () => void): Unsubscribe;
  /** Menu commands for the renderer to carry out. */
  onCommand(listener: (command: MenuCommand) => void): Unsubscribe;
}

/** The global the preload defines. */
export const DESKTOP_API_KEY = 'flowboard';

declare global {
  interface Window {
    /** Present only inside the desktop app. */
    readonly flowboard?: DesktopApi;
  }
}
