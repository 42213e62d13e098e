/** The Open Recent list: newest first, without duplicates, bounded, kept in the app's data folder. */
import { isAbsolute, resolve } from 'node:path';
import { readJsonFile, writeJsonFile } from './jsonStore.ts';

export const MAX_RECENT_FILES = 10;

/** Two paths name the same file; Windows and macOS file systems usually ignore case. */
function sameFile(a: string, b: string, platform: NodeJS.Platform): boolean {
  return platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase();
}

/** The list with `path` moved (or added) to the front, trimmed to `max`. */
export function withRecent(list: readonly string[], path: string, max = MAX_RECENT_FILES, platform: NodeJS.Platform = process.platform): string[] {
  const full = resolve(path);
  return [full, ...list.filter((p) => !sameFile(p, full, platform))].slice(0, max);
}

/** Reads a stored list, keeping only absolute paths, de-duplicated and bounded. */
export function parseRecent(json: unknown, max = MAX_RECENT_FILES, platform: NodeJS.Platform = process.platform): string[] {
  const files = typeof json === 'object' && json !== null ? (json as { files?: unknown }).files : undefined;
  if (!Array.isArray(files)) return [];
  const out: string[] = [];
  for (const p of files) {
    if (typeof p !== 'string' || !isAbsolute(p) || out.some((q) => sameFile(q, p, platform))) continue;
    out.push(p);
    if (out.length === max) break;
  }
  return out;
}

/** The persisted list. Call `load` once at start. */
export class RecentFiles {
  private files: string[] = [];

  constructor(
    private readonly storePath: string,
    private readonly max = MAX_RECENT_FILES,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  /** Newest first. */
  list(): readonly string[] {
    return this.files;
  }

  async load(): Promise<void> {
    this.files = parseRecent(await readJsonFile(this.storePath), this.max, this.platform);
  }

  /** Moves `path` to the front and saves the list. */
  async add(path: string): Promise<void> {
    this.files = withRecent(this.files, path, this.max, this.platform);
    await this.persist();
  }

  /** Drops a file that could not be opened. */
  async remove(path: string): Promise<void> {
    this.files = this.files.filter((p) => !sameFile(p, resolve(path), this.platform));
    await this.persist();
  }

  async clear(): Promise<void> {
    this.files = [];
    await this.persist();
  }

  /** Whether `path` is on the list: the only paths a recent-file request may open. */
  has(path: string): boolean {
    return this.files.some((p) => sameFile(p, path, this.platform));
  }

  private persist(): Promise<void> {
    return writeJsonFile(this.storePath, { files: this.files });
  }
}
