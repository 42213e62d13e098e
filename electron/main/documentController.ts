/**
 * One window's document, as the main process sees it: where it lives on disk,
 * whether it has unsaved changes, and every way it can be replaced (open,
 * new, sample, recovery, close), each behind the unsaved-changes prompt.
 * Electron itself is reached only through the ports, so this is plain code.
 */
import { basename } from 'node:path';
import { emptyDocument } from '../../core/graph/document.ts';
import type { MenuCommand } from '../common/menuCommands.ts';
import type { DesktopPlatform, DocumentState, ExportFileKind, ExportFileRequest, ExportRequest, OpenedDocument, OpenFailure, RecentEntry, SaveRequest, SaveResult } from '../common/payloads.ts';
import type { Autosave, AutosaveEntry } from './autosave.ts';
import { checkDocument, FileError, type ReadDocument, readDocumentFile, writeAtomicOrExplain, writeDocumentFile } from './fileService.ts';
import type { Log } from './log.ts';
import { recentEntries } from './recentEntries.ts';
import type { RecentFiles } from './recentFiles.ts';
import { loadSample } from './samples.ts';
import { safeFileName } from './safeFileName.ts';
import { fileNameWith, windowTitle, withFlowExtension } from './windowTitle.ts';

/** What the controller needs of its window. */
export interface WindowPort {
  setTitle(title: string): void;
  /** macOS: the close button's dot and the title bar's file icon. */
  setDocumentEdited(edited: boolean): void;
  setRepresentedFilename(path: string): void;
  sendOpenDocument(opened: OpenedDocument): void;
  /** Tells the page why a document could not be opened; false when the window is gone. */
  sendOpenFailed(failure: OpenFailure): boolean;
  sendCommand(command: MenuCommand): void;
  close(): void;
}

export type DiscardChoice = 'save' | 'discard' | 'cancel';

/** The dialogs the controller shows; each resolves with the user's answer. */
export interface DialogPort {
  confirmDiscard(name: string): Promise<DiscardChoice>;
  confirmRecover(name: string, savedAt: string): Promise<boolean>;
  chooseOpenPath(): Promise<string | undefined>;
  chooseSavePath(defaultName: string): Promise<string | undefined>;
  chooseExportPath(defaultName: string, format: ExportRequest['format']): Promise<string | undefined>;
  chooseExportFilePath(defaultName: string, kind: ExportFileKind): Promise<string | undefined>;
  showError(title: string, message: string): Promise<void>;
}

export interface ControllerDeps {
  window: WindowPort;
  dialogs: DialogPort;
  recent: RecentFiles;
  autosave: Autosave;
  /** Tells the OS (macOS Dock, Windows jump list), rebuilds the Open Recent menu and tells each page to list its recent files again. */
  recentChanged(path?: string): void;
  platform: DesktopPlatform;
  /** The user's home folder, shown to the page as `~` in recent files' folders. */
  homeDir: string;
  log: Log;
  /** How long the renderer has to start a save the prompt asked for. */
  saveStartTimeoutMs?: number;
}

export class DocumentController {
  private path: string | undefined;
  private title = 'Untitled';
  private edited = false;
  private ready = false;
  /** Files asked for before the renderer listened (command line, Finder). */
  private readonly queuedPaths: string[] = [];
  /** Replacing the document is one prompt at a time. */
  private chain: Promise<unknown> = Promise.resolve();
  /** Set while a prompt waits for the renderer to save: resolves with whether it saved. */
  private awaitingSave: ((saved: boolean) => void) | undefined;
  private closeApproved = false;

  constructor(private readonly deps: ControllerDeps) {}

  /** The name shown in the title and prompts: the file's, else the document's title. */
  get name(): string {
    return this.path ? basename(this.path) : this.title;
  }

  /** Whether the window may close now without asking. */
  get mayClose(): boolean {
    return this.closeApproved || !this.edited;
  }

  /**
   * The renderer listens, with a fresh start document of its own: forget the
   * old file, offer a crash recovery, then open the files queued meanwhile.
   */
  rendererReady(): Promise<void> {
    // Read before anything the new page says can clear it.
    const leftover = this.deps.autosave.read();
    this.ready = true;
    this.path = undefined;
    this.edited = false;
    return this.exclusive(async () => {
      await this.offerRecovery(await leftover);
      for (const path of this.queuedPaths.splice(0)) if (await this.guard()) await this.openFile(path);
    });
  }

  /** The page is reloading or its process died: hold files and keep the autosave until it is ready again. */
  rendererGone(): void {
    this.ready = false;
  }

  /** The renderer's report after a change. A clean document needs no recovery. */
  setDocumentState(state: DocumentState): void {
    this.title = state.title || 'Untitled';
    this.edited = state.edited;
    this.showState();
    // Before ready, a clean start document must not wipe the autosave that is about to be offered back.
    if (!state.edited && this.ready) void this.deps.autosave.clear();
  }

  /** The edited document's text for crash recovery. */
  autosave(text: string): void {
    if (this.edited) this.deps.autosave.update({ path: this.path, name: this.name, text });
  }

  /** File > Open: prompt, choose, open. */
  open(): Promise<void> {
    return this.exclusive(async () => {
      if (!(await this.guard())) return;
      const path = await this.deps.dialogs.chooseOpenPath();
      if (path) await this.openFile(path);
    });
  }

  /** A file from the command line, the OS or Open Recent; queued until the renderer listens. */
  openPath(path: string): Promise<void> {
    if (!this.ready) {
      this.queuedPaths.push(path);
      return Promise.resolve();
    }
    return this.exclusive(async () => {
      if (await this.guard()) await this.openFile(path);
    });
  }

  /** Open Recent from the page: it sends the id listRecent gave it, and the path comes from the list here. */
  openRecent(id: string): Promise<void> {
    return this.exclusive(async () => {
      const path = this.deps.recent.pathFor(id);
      if (!path) {
        // A list the page fetched before another window cleared it; nothing to open, nothing to ask.
        this.deps.log(`no recent file has the id ${JSON.stringify(id)}`);
        const message = 'That document is no longer on the recent list.';
        await this.reportOpenFailure({ name: '', message, diagnostics: [] }, message);
        return;
      }
      if (await this.guard()) await this.openFile(path);
    });
  }

  /** The recent files as the page may see them (see recentEntries for what it learns). */
  listRecent(): RecentEntry[] {
    return recentEntries(this.deps.recent, this.deps.homeDir, this.deps.platform);
  }

  /** File > New. */
  newDocument(): Promise<void> {
    return this.exclusive(async () => {
      if (!(await this.guard())) return;
      this.deliver({ document: emptyDocument(), diagnostics: [], name: 'Untitled', origin: 'new', edited: false }, undefined);
    });
  }

  /** File > Open Sample; an unknown name is refused and logged. */
  openSample(name: string): Promise<void> {
    return this.exclusive(async () => {
      const sample = loadSample(name);
      if (!sample?.document) {
        this.deps.log(`refused to open unknown sample ${JSON.stringify(name)}`);
        return;
      }
      if (!(await this.guard())) return;
      this.deliver({ document: sample.document, diagnostics: sample.diagnostics, name, origin: 'sample', edited: false }, undefined);
    });
  }

  /** The window is closing: prompt if needed, then close for real. */
  requestClose(): Promise<void> {
    return this.exclusive(async () => {
      if (!(await this.guard())) return;
      this.closeApproved = true;
      this.deps.window.close();
    });
  }

  /** Saves the renderer's text to the document's file, asking where when needed. */
  async save(request: SaveRequest): Promise<SaveResult> {
    const waiting = this.awaitingSave;
    this.awaitingSave = undefined;
    const result = await this.saveNow(request);
    waiting?.(result.status === 'saved');
    return result;
  }

  /** Writes an exported image where the user chooses. */
  async exportImage(request: ExportRequest): Promise<SaveResult> {
    const path = await this.deps.dialogs.chooseExportPath(fileNameWith(this.name, request.format), request.format);
    if (!path) return { status: 'canceled' };
    try {
      await writeAtomicOrExplain(path, request.data);
      return { status: 'saved', name: basename(path) };
    } catch (e) {
      return this.failed(e);
    }
  }

  /** Writes generated code or logs where the user chooses, under the name the page suggests. */
  async exportFile({ name, data, kind }: ExportFileRequest): Promise<SaveResult> {
    // The page's name is only a suggestion, and a page's text is not trusted: made safe for every file system first.
    const path = await this.deps.dialogs.chooseExportFilePath(safeFileName(name, kind === 'code' ? 'exported.py' : kind === 'weights' ? 'trained.weights.json' : 'events.out.tfevents'), kind);
    if (!path) return { status: 'canceled' };
    try {
      await writeAtomicOrExplain(path, data);
      return { status: 'saved', name: basename(path) };
    } catch (e) {
      return this.failed(e);
    }
  }

  /**
   * The page is about to show a document it made (imported code): prompt as
   * New does, then forget the file, so a later Save asks where instead of
   * overwriting the old document. The page reports the new title and edited state itself.
   */
  confirmReplace(): Promise<boolean> {
    return this.exclusive(async () => {
      if (!(await this.guard())) return false;
      this.path = undefined;
      this.closeApproved = false;
      this.showState();
      return true;
    });
  }

  private async saveNow({ text, saveAs }: SaveRequest): Promise<SaveResult> {
    let path = this.path;
    if (saveAs || !path) {
      const chosen = await this.deps.dialogs.chooseSavePath(fileNameWith(this.name, 'flow.json'));
      if (!chosen) return { status: 'canceled' };
      path = withFlowExtension(chosen);
    }
    try {
      await writeDocumentFile(path, text);
    } catch (e) {
      return this.failed(e);
    }
    this.path = path;
    this.edited = false;
    this.showState();
    await this.deps.autosave.clear();
    await this.remember(path);
    return { status: 'saved', name: basename(path) };
  }

  /**
   * The unsaved-changes prompt. True when the caller may go on: nothing was
   * edited, the user chose not to save, or the renderer saved on request.
   */
  private async guard(): Promise<boolean> {
    if (!this.edited) return true;
    const choice = await this.deps.dialogs.confirmDiscard(this.name);
    if (choice === 'cancel') return false;
    if (choice === 'discard') {
      await this.deps.autosave.clear();
      return true;
    }
    // Only the renderer has the latest text, so it is asked to save and the prompt waits for the outcome.
    const saved = new Promise<boolean>((resolve) => {
      this.awaitingSave = resolve;
      const timeout = setTimeout(() => {
        if (this.awaitingSave !== resolve) return;
        this.awaitingSave = undefined;
        this.deps.log('the renderer did not save when asked; nothing was closed or replaced');
        resolve(false);
      }, this.deps.saveStartTimeoutMs ?? 10_000);
      // The wait must not keep a quitting app alive.
      (timeout as { unref?: () => void }).unref?.();
    });
    this.deps.window.sendCommand('file.save');
    return saved;
  }

  private async openFile(path: string): Promise<void> {
    let read: ReadDocument;
    try {
      read = await readDocumentFile(path);
    } catch (e) {
      await this.openFailed(path, e);
      return;
    }
    this.deliver({ ...read, name: basename(path), origin: 'file', edited: false }, path);
    await this.deps.autosave.clear();
    await this.remember(path);
  }

  /** Says why `path` did not open, and drops it from the recent list when it is gone. */
  private async openFailed(path: string, e: unknown): Promise<void> {
    const name = basename(path);
    const failure: OpenFailure = e instanceof FileError ? { name, message: e.summary, diagnostics: e.diagnostics } : { name, message: `Could not open "${name}": ${String(e)}`, diagnostics: [] };
    await this.reportOpenFailure(failure, e instanceof FileError ? e.message : failure.message);
    if (e instanceof FileError && (e.code === 'READ_FAILED' || e.code === 'NOT_A_FILE') && this.deps.recent.has(path)) {
      await this.deps.recent.remove(path);
      this.deps.recentChanged();
    }
  }

  /**
   * The page's diagnostics dialog when the page listens; a native box only
   * when none does (it is reloading or its process died), with `detail`, the
   * message and the loader's reasons in one text.
   */
  private async reportOpenFailure(failure: OpenFailure, detail: string, title = 'Could not open the file'): Promise<void> {
    if (this.ready && this.deps.window.sendOpenFailed(failure)) return;
    await this.deps.dialogs.showError(title, detail);
  }

  private async offerRecovery(entry: AutosaveEntry | undefined): Promise<void> {
    if (!entry) return;
    if (!(await this.deps.dialogs.confirmRecover(entry.name, entry.savedAt))) {
      await this.deps.autosave.clear();
      return;
    }
    try {
      const { document, diagnostics } = checkDocument(entry.text, entry.name);
      this.deliver({ document, diagnostics, name: entry.name, origin: 'recovered', edited: true }, entry.path);
    } catch (e) {
      const failure: OpenFailure = e instanceof FileError ? { name: entry.name, message: e.summary, diagnostics: e.diagnostics } : { name: entry.name, message: String(e), diagnostics: [] };
      await this.reportOpenFailure(failure, (e as Error).message, 'Could not recover the document');
      await this.deps.autosave.clear();
    }
  }

  private deliver(opened: OpenedDocument, path: string | undefined): void {
    this.path = path;
    this.title = opened.name;
    this.edited = opened.edited;
    this.closeApproved = false;
    this.deps.window.sendOpenDocument(opened);
    this.showState();
  }

  private showState(): void {
    const { window, platform } = this.deps;
    window.setTitle(windowTitle(this.name, this.edited, platform));
    if (platform === 'darwin') {
      window.setDocumentEdited(this.edited);
      window.setRepresentedFilename(this.path ?? '');
    }
  }

  private async remember(path: string): Promise<void> {
    try {
      await this.deps.recent.add(path);
    } catch (e) {
      this.deps.log(`could not update the recent files list: ${(e as Error).message}`);
    }
    this.deps.recentChanged(path);
  }

  private failed(e: unknown): SaveResult {
    const message = e instanceof FileError ? e.message : `Could not save: ${String(e)}`;
    this.deps.log(message);
    return { status: 'failed', message };
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.then(task, task);
    this.chain = run.catch(() => undefined);
    return run;
  }
}
