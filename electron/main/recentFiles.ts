/** The Open Recent list: newest first, without duplicates, bounded, kept in the app's data folder. */
import { randomUUID } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';
import { readJsonFile, writeJsonFile } from './jsonStore.ts';

export const MAX_RECENT_FILES = 10;

/** One file on the list. */
export interface RecentFile {
  path: string;
  /** ISO time it was last opened or saved; absent for entries stored before times were kept. */
  usedAt?: string;
}

/** Windows and macOS file systems usually ignore case, so their paths are compared folded. */
function fileKey(path: string, platform: NodeJS.Platform): string {
  return platform === 'linux' ? path : path.toLowerCase();
}

/** The list with `path` moved (or added) to the front with its new time, trimmed to `max`. */
export function withRecent(list: readonly RecentFile[], path: string, usedAt: string, max = MAX_RECENT_FILES, platform: NodeJS.Platform = process.platform): RecentFile[] {
  const full = resolve(path);
  const key = fileKey(full, platform);
  return [{ path: full, usedAt }, ...list.filter((f) => fileKey(f.path, platform) !== key)].slice(0, max);
}

/** Reads a stored list, keeping only absolute paths, de-duplicated and bounded; plain path strings (the older form) are kept without a time. */
export function parseRecent(json: unknown, max = MAX_RECENT_FILES, platform: NodeJS.Platform = process.platform): RecentFile[] {
  const files = typeof json === 'object' && json !== null ? (json as { files?: unknown }).files : undefined;
  if (!Array.isArray(files)) return [];
  const out: RecentFile[] = [];
  for (const item of files) {
    const file = parseItem(item);
    if (!file || out.some((f) => fileKey(f.path, platform) === fileKey(file.path, platform))) continue;
    out.push(file);
    if (out.length === max) break;
  }
  return out;
}

function parseItem(item: unknown): RecentFile | undefined {
  const { path, usedAt } = typeof item === 'string' ? { path: item, usedAt: undefined } : typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
  if (typeof path !== 'string' || !isAbsolute(path)) return undefined;
  return typeof usedAt === 'string' && !Number.isNaN(Date.parse(usedAt)) ? { path, usedAt } : { path };
}

/** The persisted list. Call `load` once at start. */
export class RecentFiles {
  private files: RecentFile[] = [];
  /** Ids handed to the page, by file key. Kept in memory only: an id means nothing after the app quits. */
  private readonly ids = new Map<string, string>();

  constructor(
    private readonly storePath: string,
    private readonly max = MAX_RECENT_FILES,
    private readonly platform: NodeJS.Platform = process.platform,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The paths, newest first (the native menu's items). */
  list(): readonly string[] {
    return this.files.map((f) => f.path);
  }

  /** The files with their times, newest first. */
  entries(): readonly RecentFile[] {
    return this.files;
  }

  async load(): Promise<void> {
    this.files = parseRecent(await readJsonFile(this.storePath), this.max, this.platform);
  }

  /** Moves `path` to the front, stamped now, and saves the list. */
  async add(path: string): Promise<void> {
    this.files = withRecent(this.files, path, this.now().toISOString(), this.max, this.platform);
    await this.persist();
  }

  /** Drops a file that could not be opened. */
  async remove(path: string): Promise<void> {
    const key = fileKey(resolve(path), this.platform);
    this.files = this.files.filter((f) => fileKey(f.path, this.platform) !== key);
    await this.persist();
  }

  async clear(): Promise<void> {
    this.files = [];
    await this.persist();
  }

  /** Whether `path` is on the list: the only paths a recent-file request may open. */
  has(path: string): boolean {
    const key = fileKey(path, this.platform);
    return this.files.some((f) => fileKey(f.path, this.platform) === key);
  }

  /** The opaque id the page uses for `path`: random, and the same for the same file while the app runs. */
  idOf(path: string): string {
    const key = fileKey(path, this.platform);
    let id = this.ids.get(key);
    if (!id) this.ids.set(key, (id = randomUUID()));
    return id;
  }

  /** The listed path an id from `idOf` stands for; undefined once the file has left the list. */
  pathFor(id: string): string | undefined {
    return this.files.find((f) => this.ids.get(fileKey(f.path, this.platform)) === id)?.path;
  }

  private persist(): Promise<void> {
    return writeJsonFile(this.storePath, { files: this.files });
  }
}
