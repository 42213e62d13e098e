/**
 * Atomic file replacement: write a temporary file in the same folder, flush
 * it to disk, rename it over the target, then flush the folder so the new
 * name is on disk too. A crash before the rename leaves the old file as it
 * was; after it, the new file is complete. Temporaries carry a recognisable
 * name with the writer's process id, so the next save (or the app's start)
 * removes those a crash left behind. A symlink is saved through: the file it
 * points at is replaced and the link stays.
 */
import { randomBytes } from 'node:crypto';
import { lstat, open, readdir, readlink, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Windows refuses a rename while another program (a virus scanner) holds the file; it usually lets go quickly. */
const RENAME_RETRIES = 5;
const RENAME_RETRY_MS = 40;
/** A temporary this old is an orphan even if its process id is alive again (a reused id): a save takes seconds. */
const STALE_AFTER_MS = 86_400_000;
/** What marks our temporaries: `.<name>.flowboard-save-<pid>-<8 hex>.tmp`. */
const MARK = 'flowboard-save';

/** Temporaries of saves under way in this process, which a cleanup must never take. */
const inFlight = new Set<string>();

/** The temporary file's path: a hidden sibling, so the rename never crosses file systems. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${MARK}-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Replaces `target` (or, for a symlink, the file it points at) with `data` so that readers see the old or the new file, never a mix. */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const file = await throughLinks(target);
  await cleanStaleTemps(file);
  const temp = tempPathFor(file);
  const mode = await existingMode(file);
  let renamed = false;
  inFlight.add(temp);
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      // Without the flush a power cut after the rename could leave an empty file under the old name.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, file);
    renamed = true;
    await syncFolder(dirname(file));
  } finally {
    inFlight.delete(temp);
    if (!renamed) await unlink(temp).catch(() => undefined);
  }
}

/**
 * Removes the temporaries of `target` that no save will finish: their process
 * is gone, or they are a day old. Another running Flowboard's save and this
 * process's own saves under way are left alone. Never throws.
 */
export async function cleanStaleTemps(target: string): Promise<void> {
  const folder = dirname(target);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  const prefix = `.${basename(target)}.`;
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    // Older versions wrote `.<name>.<pid>-<hex>.tmp`; those orphans are ours too.
    const m = /^(?:flowboard-save-)?(\d+)-[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
    const path = join(folder, name);
    if (!m || inFlight.has(path)) continue;
    if (processAlive(Number(m[1])) && !(await olderThan(path, STALE_AFTER_MS))) continue;
    await unlink(path).catch(() => undefined);
  }
}

/** The file a save to `target` must replace: the end of its symlinks, or `target` itself when it is no link. */
async function throughLinks(target: string): Promise<string> {
  try {
    if (!(await lstat(target)).isSymbolicLink()) return target;
  } catch {
    return target;
  }
  try {
    return await realpath(target);
  } catch {
    // A link to a file not made yet: the file is made where the link points.
    return resolve(dirname(target), await readlink(target));
  }
}

/** Flushes a folder's entries (the rename) on Linux and macOS; Windows cannot open a folder to flush it. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse to flush a folder (EINVAL); the file itself is already on disk.
  }
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function olderThan(path: string, ms: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs > ms;
  } catch {
    return false;
  }
}

/** Keeps the target's permissions; new files get the usual 0o666 less the umask. */
async function existingMode(target: string): Promise<number> {
  try {
    return (await stat(target)).mode & 0o777;
  } catch {
    return 0o666;
  }
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await rename(from, to);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (attempt >= RENAME_RETRIES || !(code === 'EPERM' || code === 'EACCES' || code === 'EBUSY')) throw e;
      await new Promise((resolve) => setTimeout(resolve, RENAME_RETRY_MS * attempt));
    }
  }
}
