/**
 * Atomic file replacement: write a temporary file in the same folder, flush
 * it to disk, then rename it over the target. A crash before the rename
 * leaves the old file as it was; after it, the new file is complete.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Windows refuses a rename while another program (a virus scanner) holds the file; it usually lets go quickly. */
const RENAME_RETRIES = 5;
const RENAME_RETRY_MS = 40;

/** The temporary file's path: a hidden sibling, so the rename never crosses file systems. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Replaces `target` with `data` so that readers see the old or the new file, never a mix. */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  const mode = await existingMode(target);
  let renamed = false;
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      // Without the flush a power cut after the rename could leave an empty file under the old name.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target);
    renamed = true;
  } finally {
    if (!renamed) await unlink(temp).catch(() => undefined);
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
