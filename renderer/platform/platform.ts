/**
 * The renderer's one door to files and the desktop. Two implementations, picked
 * at start-up: the browser (File System Access API or upload/download, local
 * storage) and the desktop shell (`window.flowboard`). Both work the same way
 * seen from the app: it asks for a document (new, open, sample, recent), the
 * platform checks for unsaved changes, and the document to show arrives through
 * `onDocument`, as it does when the desktop opens a file from the OS.
 */
import type { DatasetProvider } from '../../core/data/datasetProvider.ts';
import type { GraphDocument } from '../../core/graph/document.ts';
import type { MenuCommand } from '../../electron/common/menuCommands.ts';
import type {
  OpenedDocument as DesktopOpenedDocument,
  DocumentOrigin as DesktopOrigin,
  ExportRequest,
  NamedDiagnostic,
  OpenFailure,
  SaveResult,
} from '../../electron/common/payloads.ts';

/** A command from the desktop's native menu, or the unsaved-changes prompt asking for a save (`file.save`). */
export type AppCommand = MenuCommand;

export type Unsubscribe = () => void;

/**
 * Where the shown document came from. The desktop's own origins less `recovered`: the page
 * shows a recovered autosave as the edited file or untitled graph it was (desktopPlatform).
 */
export type DocumentOrigin = Exclude<DesktopOrigin, 'recovered'>;

/** A document for the app to show: the desktop's payload, tagged, with the page's origins. */
export type OpenedDocument = Omit<DesktopOpenedDocument, 'origin'> & { kind: 'opened'; origin: DocumentOrigin };

export type { NamedDiagnostic };

/** A document that could not be opened (the desktop's payload, tagged). Nothing changes; the app says why. */
export type LoadFailure = OpenFailure & { kind: 'failed' };

export type Delivery = OpenedDocument | LoadFailure;

/** A picture of the graph to export: PNG bytes or SVG text (the desktop's own request shape). */
export type ExportImage = ExportRequest;

/** A file the app generated (code, training logs) to hand to the user as it is. */
export interface ExportedFile {
  name: string;
  mime: string;
  data: string | Uint8Array;
}

/** How a save or an export ended; the same on both platforms. */
export type SaveOutcome = SaveResult;

/** An entry of the recent documents list, newest first. */
export interface RecentDocument {
  id: string;
  /** The file name. */
  name: string;
  /** The document's title (meta.title), where the platform keeps it (the browser). */
  title?: string;
  /** The end of the file's folder that tells same-named files apart (the desktop, which knows where files are). */
  folder?: string;
  /** ISO time it was last opened or saved; the desktop lacks it for files listed before it kept times. */
  usedAt?: string;
  /** False when the browser kept only a copy of the text, not access to the file itself. */
  linked: boolean;
}

/** What the window title and the close prompt need after each change. */
export interface DocumentState {
  /** The document's name as shown (file or sample name). */
  name: string;
  edited: boolean;
}

export interface Platform {
  readonly kind: 'browser' | 'desktop';
  /** The shortcut modifier to show in labels. */
  readonly modifierKey: 'Cmd' | 'Ctrl';
  /** True when a native menu bar carries the File menu and its shortcuts (the desktop app). */
  readonly nativeMenu: boolean;
  /** True when the app can list recent documents itself (both do; the desktop also lists them in its File > Open Recent menu). */
  readonly listsRecentDocuments: boolean;
  /** Datasets (MNIST) for training, read from the app's assets. */
  readonly datasets: DatasetProvider;

  /** Call once the app listens: a draft left by a crash is offered back, files from the OS arrive. */
  start(): Promise<void>;
  /** Documents to show, and documents that could not be opened. */
  onDocument(listener: (delivery: Delivery) => void): Unsubscribe;
  /** Menu commands, and the save the unsaved-changes prompt asks for. */
  onCommand(listener: (command: AppCommand) => void): Unsubscribe;

  /** Offers to save unsaved changes, then delivers an empty document. */
  newDocument(): Promise<void>;
  /** Offers to save unsaved changes, asks for a `.flow.json` file, then delivers it. */
  openDocument(): Promise<void>;
  /** Offers to save unsaved changes, then delivers the named lesson sample. */
  openSample(name: string): Promise<void>;
  /** Offers to save unsaved changes, then delivers a document from the recent list. */
  openRecent(id: string): Promise<void>;
  /** Saves the document's text to its file, asking where when it has none or `saveAs` is set. */
  save(text: string, saveAs: boolean): Promise<SaveOutcome>;
  /** Saves a picture of the graph named after the document: a download in a browser, a save dialog on the desktop. */
  exportImage(image: ExportImage): Promise<SaveOutcome>;
  /** Hands a generated file (code, TensorBoard logs) to the user: a download in a browser, a save dialog on the desktop. */
  exportFile(file: ExportedFile): Promise<SaveOutcome>;
  /** Offers to save unsaved changes, then shows `document` as a new unsaved one; false when the user kept the open one. */
  openGenerated(document: GraphDocument, name: string): Promise<boolean>;

  /** The recent documents, newest first (empty where the platform lists them itself). */
  recentDocuments(): Promise<RecentDocument[]>;
  /** Called after the recent list changed. */
  onRecentChanged(listener: () => void): Unsubscribe;
  /** The edited document's text, kept for crash recovery until it is saved or discarded. */
  autosave(text: string): void;
  /** Reports the name and edited state after each change: the title follows it. */
  setDocumentState(state: DocumentState): void;
}
