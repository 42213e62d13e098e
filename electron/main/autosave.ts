/**
 * Crash recovery: the edited document, as the renderer last sent it, is
 * written to the app's data folder at most once per interval. A clean exit
 * (save, or closing without saving) clears it; whatever is left at the next
 * start is offered back.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_DOCUMENT_BYTES } from '../common/payloads.ts';
import { readJsonFile, writeJsonFile } from './jsonStore.ts';

export const AUTOSAVE_INTERVAL_MS = 3000;

export interface AutosaveEntry {
  /** The file the document belongs to, if it has one. */
  path?: string;
  /** The name to show when offering it back. */
  name: string;
  /** The document as `*.flow.json` text. */
  text: string;
  /** ISO time of the write. */
  savedAt: string;
}

/** Validates an autosave file's contents; anything unexpected is treated as no autosave. */
export function parseAutosave(json: unknown): AutosaveEntry | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { path, name, text, savedAt } = json as Record<string, unknown>;
  if (typeof name !== 'string' || typeof text !== 'string' || typeof savedAt !== 'string') return undefined;
  if (path !== undefined && typeof path !== 'string') return undefined;
  if (text.length > MAX_DOCUMENT_BYTES) return undefined;
  return path === undefined ? { name, text, savedAt } : { path, name, text, savedAt };
}

export class Autosave {
  private pending: Omit<AutosaveEntry, 'savedAt'> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Writes and deletes run one after another, so a clear can never be overtaken by an older write. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly dir: string,
    private readonly intervalMs = AUTOSAVE_INTERVAL_MS,
    private readonly onError: (e: unknown) => void = () => undefined,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The autosave file. */
  get file(): string {
    return join(this.dir, 'unsaved.json');
  }

  /** Records the latest edited document; it reaches the disk within one interval. */
  update(entry: Omit<AutosaveEntry, 'savedAt'>): void {
    this.pending = entry;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.intervalMs);
  }

  /** Writes the latest document now, if there is one waiting. */
  flush(): Promise<void> {
    const entry = this.pending;
    this.pending = undefined;
    return this.enqueue(async () => {
      if (entry) await writeJsonFile(this.file, { ...entry, savedAt: this.now().toISOString() });
    });
  }

  /** Forgets the waiting document and deletes the file (after a save, or closing without saving). */
  clear(): Promise<void> {
    this.pending = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    return this.enqueue(() => rm(this.file, { force: true }));
  }

  /** What a previous run left behind, if anything; read in turn, so a later clear cannot pull it away first. */
  async read(): Promise<AutosaveEntry | undefined> {
    let entry: AutosaveEntry | undefined;
    await this.enqueue(async () => {
      entry = parseAutosave(await readJsonFile(this.file));
    });
    return entry;
  }

  private enqueue(op: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(op).catch(this.onError);
    return this.queue;
  }
}
