/**
 * The platform in a plain browser. It plays the part the desktop's main
 * process plays there: it knows the open document's file and whether it has
 * unsaved changes, asks before replacing it, keeps the draft and the recent
 * list, and delivers every document through `onDocument`.
 */
import type { DatasetProvider } from '../../core/data/datasetProvider.ts';
import { emptyDocument, type GraphDocument } from '../../core/graph/document.ts';
import { checkDocumentJson, checkDocumentText } from './documentCheck.ts';
import { type DocumentFiles, FileProblem, flowFileName, imageFileName } from './documentFiles.ts';
import type { Draft, DraftStore } from './drafts.ts';
import { listeners } from './listeners.ts';
import type { AppCommand, Delivery, DocumentOrigin, DocumentState, ExportedFile, ExportImage, LoadFailure, Platform, SaveOutcome } from './platform.ts';
import type { NewRecent, RecentFiles } from './recentFiles.ts';

export type DiscardChoice = 'save' | 'discard' | 'cancel';

/** The questions the browser platform asks; the app answers them with its own dialogs. */
export interface BrowserDialogs {
  /** Before the open document with unsaved changes is replaced. */
  confirmDiscard(name: string): Promise<DiscardChoice>;
  /** At start, when a draft was left behind. */
  confirmRestore(draft: { name: string; savedAt: string }): Promise<boolean>;
}

export interface BrowserDeps {
  files: DocumentFiles;
  drafts: DraftStore;
  recent: RecentFiles;
  dialogs: BrowserDialogs;
  datasets: DatasetProvider;
  /** A bundled sample's JSON; undefined for an unknown name. */
  readSample(name: string): Promise<unknown>;
  setTitle(title: string): void;
  /** Hands `blob` to the browser as a download named `name`. */
  download(blob: Blob, name: string): void;
  modifierKey: 'Cmd' | 'Ctrl';
  now?: () => Date;
  /** How long the prompt waits for the save it asked for to start. */
  saveStartTimeoutMs?: number;
}

/** The open document's file, as this platform knows it. */
interface CurrentFile {
  name: string;
  origin: DocumentOrigin;
  handle?: FileSystemFileHandle;
  recentId?: string;
}

export class BrowserPlatform implements Platform {
  readonly kind = 'browser';
  readonly nativeMenu = false;
  readonly listsRecentDocuments = true;
  private file: CurrentFile = { name: 'Untitled', origin: 'new' };
  private edited = false;
  /** Until the draft has been offered, nothing may overwrite or clear it. */
  private started = false;
  /** Replacing the document is one prompt at a time. */
  private chain: Promise<unknown> = Promise.resolve();
  /** Set while the unsaved-changes prompt waits for the save it asked for. */
  private awaitingSave: ((saved: boolean) => void) | undefined;
  private readonly documents = listeners<Delivery>();
  private readonly commands = listeners<AppCommand>();
  private readonly recentChanged = listeners<void>();

  constructor(private readonly deps: BrowserDeps) {}

  get modifierKey() {
    return this.deps.modifierKey;
  }

  get datasets() {
    return this.deps.datasets;
  }

  start(): Promise<void> {
    return this.exclusive(async () => {
      const draft = this.deps.drafts.read();
      if (draft) await this.offerDraft(draft);
      this.started = true;
    });
  }

  onDocument = (listener: (delivery: Delivery) => void) => this.documents.add(listener);
  onCommand = (listener: (command: AppCommand) => void) => this.commands.add(listener);
  onRecentChanged = (listener: () => void) => this.recentChanged.add(listener);

  newDocument(): Promise<void> {
    return this.replace(async () => ({ kind: 'opened', document: emptyDocument(), diagnostics: [], name: 'Untitled', origin: 'new', edited: false }));
  }

  openDocument(): Promise<void> {
    return this.replace(async () => {
      const picked = await this.deps.files.pick();
      if (!picked) return undefined;
      const delivery = checkDocumentText(picked.text, picked.name, 'file');
      if (delivery.kind === 'failed') return delivery;
      const record = await this.remember({ name: picked.name, title: delivery.document.meta.title, handle: picked.handle, text: picked.text });
      return [delivery, { handle: picked.handle, recentId: record.id }];
    });
  }

  openSample(name: string): Promise<void> {
    return this.replace(async () => {
      const json = await this.deps.readSample(name);
      if (json === undefined) return failure(name, `There is no sample called "${name}".`);
      return checkDocumentJson(json, name, 'sample');
    });
  }

  openRecent(id: string): Promise<void> {
    return this.replace(async () => {
      const record = await this.deps.recent.get(id);
      if (!record) return failure('', 'That document is no longer on the recent list.');
      let text = record.text;
      if (record.handle) {
        try {
          text = await this.deps.files.read(record.handle);
        } catch (e) {
          if (e instanceof FileProblem && e.gone) await this.forget(id);
          return failure(record.name, (e as Error).message);
        }
      }
      const delivery = checkDocumentText(text ?? '', record.name, 'file');
      if (delivery.kind === 'failed') return delivery;
      await this.remember({ name: record.name, title: delivery.document.meta.title, handle: record.handle, text });
      return [delivery, { handle: record.handle, recentId: record.id }];
    });
  }

  async save(text: string, saveAs: boolean): Promise<SaveOutcome> {
    const waiting = this.awaitingSave;
    this.awaitingSave = undefined;
    const outcome = await this.saveNow(text, saveAs);
    waiting?.(outcome.status === 'saved');
    return outcome;
  }

  /** Downloads the picture: a browser has no dialog to ask where, and an image is not a document to keep a handle to. */
  async exportImage(image: ExportImage): Promise<SaveOutcome> {
    const name = imageFileName(this.file.name, image.format);
    const blob = image.format === 'png' ? new Blob([image.data as Uint8Array<ArrayBuffer>], { type: 'image/png' }) : new Blob([image.data], { type: 'image/svg+xml' });
    this.deps.download(blob, name);
    return { status: 'saved', name };
  }

  /** Downloads the file under its own name: generated code and logs are not documents to keep a handle to. */
  async exportFile({ name, mime, data }: ExportedFile): Promise<SaveOutcome> {
    this.deps.download(new Blob([data as string | Uint8Array<ArrayBuffer>], { type: mime }), name);
    return { status: 'saved', name };
  }

  /** Shows a document made in the app (imported code) after the unsaved-changes prompt; edited, since no file holds it. */
  async openGenerated(document: GraphDocument, name: string): Promise<boolean> {
    let shown = false;
    await this.replace(async () => {
      shown = true;
      return { kind: 'opened', document, diagnostics: [], name, origin: 'new', edited: true };
    });
    return shown;
  }

  recentDocuments() {
    return this.deps.recent.list();
  }

  autosave(text: string): void {
    if (!this.started || !this.edited) return;
    const { name, origin, recentId } = this.file;
    const draft: Draft = { name, origin, text, savedAt: this.now().toISOString() };
    if (recentId) draft.recentId = recentId;
    this.deps.drafts.write(draft);
  }

  setDocumentState({ name, edited }: DocumentState): void {
    this.edited = edited;
    this.file.name = name;
    // The same form as the desktop's title on Windows and Linux.
    this.deps.setTitle(`${edited ? '*' : ''}${name} - Flowboard`);
    // A clean document needs no recovery; before the draft was offered, the start document must not wipe it.
    if (!edited && this.started) this.deps.drafts.clear();
  }

  private async saveNow(text: string, saveAs: boolean): Promise<SaveOutcome> {
    try {
      const { handle } = this.file;
      if (!saveAs && handle && (await this.deps.files.write(handle, text))) return await this.saved(handle.name, handle, text);
      const target = await this.deps.files.saveAs(text, flowFileName(this.file.name));
      if (!target) return { status: 'canceled' };
      return await this.saved(target.name, target.handle, text);
    } catch (e) {
      return { status: 'failed', message: e instanceof FileProblem ? e.message : `Could not save "${this.file.name}": ${(e as Error).message}` };
    }
  }

  private async saved(name: string, handle: FileSystemFileHandle | undefined, text: string): Promise<SaveOutcome> {
    const record = await this.remember({ name, title: titleOf(text), handle, text });
    this.file = { name, origin: 'file', handle, recentId: record.id };
    this.edited = false;
    this.deps.drafts.clear();
    return { status: 'saved', name };
  }

  private async offerDraft(draft: Draft): Promise<void> {
    if (!(await this.deps.dialogs.confirmRestore({ name: draft.name, savedAt: draft.savedAt }))) {
      this.deps.drafts.clear();
      return;
    }
    const delivery = checkDocumentText(draft.text, draft.name, draft.origin, true);
    if (delivery.kind === 'failed') {
      this.deps.drafts.clear();
      this.documents.emit(delivery);
      return;
    }
    const record = draft.recentId ? await this.deps.recent.get(draft.recentId) : undefined;
    this.deliver(delivery, { handle: record?.handle, recentId: record?.id });
  }

  /**
   * The unsaved-changes prompt, then `load`: it returns what to show (with the
   * file it came from), a failure, or undefined when the user cancelled.
   */
  private replace(load: () => Promise<Delivery | [Delivery, Omit<CurrentFile, 'name' | 'origin'>] | undefined>): Promise<void> {
    return this.exclusive(async () => {
      if (!(await this.guard())) return;
      let result;
      try {
        result = await load();
      } catch (e) {
        // A file too large to open, or a browser that refused the picker.
        result = failure('', e instanceof Error ? e.message : String(e));
      }
      if (!result) return;
      const [delivery, file] = Array.isArray(result) ? result : [result, {}];
      if (delivery.kind === 'failed') this.documents.emit(delivery);
      else this.deliver(delivery, file);
    });
  }

  /** True when the caller may replace the document: nothing was edited, the user let it go, or it was saved. */
  private async guard(): Promise<boolean> {
    if (!this.edited) return true;
    const choice = await this.deps.dialogs.confirmDiscard(this.file.name);
    if (choice !== 'save') return choice === 'discard';
    // Only the app has the latest text, so it is asked to save, and the prompt waits for the outcome.
    const saved = new Promise<boolean>((resolve) => {
      this.awaitingSave = resolve;
      setTimeout(() => {
        if (this.awaitingSave !== resolve) return;
        this.awaitingSave = undefined;
        resolve(false);
      }, this.deps.saveStartTimeoutMs ?? 10_000);
    });
    this.commands.emit('file.save');
    return saved;
  }

  private deliver(delivery: Delivery & { kind: 'opened' }, file: Omit<CurrentFile, 'name' | 'origin'>): void {
    this.file = { name: delivery.name, origin: delivery.origin, ...file };
    this.edited = delivery.edited;
    if (!delivery.edited) this.deps.drafts.clear();
    this.documents.emit(delivery);
  }

  private async remember(entry: NewRecent) {
    const record = await this.deps.recent.add(entry);
    this.recentChanged.emit();
    return record;
  }

  private async forget(id: string): Promise<void> {
    await this.deps.recent.remove(id);
    this.recentChanged.emit();
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  private exclusive(task: () => Promise<void>): Promise<void> {
    const run = this.chain.then(task, task);
    this.chain = run.catch(() => undefined);
    return run;
  }
}

function failure(name: string, message: string): LoadFailure {
  return { kind: 'failed', name, message, diagnostics: [] };
}

/** The document's title from its saved text, for the recent list. */
function titleOf(text: string): string {
  try {
    const title = (JSON.parse(text) as { meta?: { title?: unknown } }).meta?.title;
    return typeof title === 'string' ? title : 'Untitled';
  } catch {
    return 'Untitled';
  }
}
