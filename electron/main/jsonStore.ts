/** Small JSON files in the app's data folder (recent files, window state), written atomically. */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tempPathFor, writeFileAtomic } from './atomicWrite.ts';

/** Settings files are tiny; a big one is not ours, so it is not read. */
const MAX_SETTINGS_BYTES = 1024 * 1024;

/** The parsed file, or undefined when it is missing, too large or not JSON (the caller falls back to defaults). */
export async function readJsonFile(path: string): Promise<unknown> {
  try {
    const text = await readFile(path, 'utf8');
    return text.length > MAX_SETTINGS_BYTES ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** Writes `value` as JSON, creating the folder if needed. */
export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** The same, synchronously: for state saved while a window closes, when the process may exit next. */
export function writeJsonFileSync(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempPathFor(path);
  writeFileSync(temp, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(temp, path);
}
