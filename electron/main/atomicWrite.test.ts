import { spawnSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir, type TempDir } from '../../test/tempFiles.ts';
import { IO_WAIT } from '../../test/ioWait.ts';

// The real fs, except that a test can hold `rename` back: a rename that never
// returns is the process dying between the write and the rename.
// Every path opened and every handle flushed is recorded, to see the folder flushed after the rename.
const control = vi.hoisted(() => ({ rename: undefined as undefined | ((from: string, to: string) => Promise<void>), synced: [] as string[] }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open = async (path: string, ...rest: unknown[]) => {
    const handle = await (real.open as (...a: unknown[]) => Promise<import('node:fs/promises').FileHandle>)(path, ...rest);
    const sync = handle.sync.bind(handle);
    handle.sync = async () => {
      await sync();
      control.synced.push(path);
    };
    return handle;
  };
  return { ...real, open, rename: (from: string, to: string) => (control.rename ?? real.rename)(from, to) };
});

const { cleanStaleTemps, tempPathFor, writeFileAtomic } = await import('./atomicWrite.ts');

/** A process id that is surely not running: a child that has already exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

let dir: TempDir;
beforeEach(() => {
  dir = tempDir();
  control.rename = undefined;
});
afterEach(() => dir.remove());

describe('writeFileAtomic', () => {
  it('creates a new file and replaces an existing one, leaving no temporary files', async () => {
    const target = join(dir.path, 'g.flow.json');
    await writeFileAtomic(target, 'first');
    await writeFileAtomic(target, 'second');
    expect(readFileSync(target, 'utf8')).toBe('second');
    expect(readdirSync(dir.path)).toEqual(['g.flow.json']);
  });

  it('leaves the old file intact when the process dies between write and rename', async () => {
    const target = dir.write('g.flow.json', 'old contents');
    let reachedRename!: () => void;
    const atRename = new Promise<void>((resolve) => (reachedRename = resolve));
    control.rename = () => {
      reachedRename();
      return new Promise<void>(() => {}); // the crash: nothing after this point runs
    };
    void writeFileAtomic(target, 'new contents');
    await atRename;

    expect(readFileSync(target, 'utf8')).toBe('old contents');
    const temps = readdirSync(dir.path).filter((f) => f.endsWith('.tmp'));
    expect(temps).toHaveLength(1);
    // The temporary file was complete and flushed before the rename was attempted.
    expect(readFileSync(join(dir.path, temps[0]), 'utf8')).toBe('new contents');
    expect(temps[0]).toMatch(new RegExp(`^\\.g\\.flow\\.json\\.flowboard-save-${process.pid}-[0-9a-f]{8}\\.tmp$`));
  });

  it('removes the temporary file and keeps the old one when the rename fails', async () => {
    const target = dir.write('g.flow.json', 'old contents');
    control.rename = async () => {
      throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
    };
    await expect(writeFileAtomic(target, 'new contents')).rejects.toThrow('no space left');
    expect(readFileSync(target, 'utf8')).toBe('old contents');
    expect(readdirSync(dir.path)).toEqual(['g.flow.json']);
  });

  it('retries a rename that Windows refuses for a moment', async () => {
    const target = dir.write('g.flow.json', 'old');
    const real = await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises');
    let calls = 0;
    control.rename = async (from, to) => {
      if (++calls < 3) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
      return real.rename(from, to);
    };
    await writeFileAtomic(target, 'new');
    expect(calls).toBe(3);
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it.skipIf(process.platform === 'win32')('keeps the permissions of the file it replaces', async () => {
    const target = join(dir.path, 'g.flow.json');
    writeFileSync(target, 'old', { mode: 0o600 });
    await writeFileAtomic(target, 'new');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('removes the temporaries a crashed save left beside the target on the next save, and nothing else', async () => {
    const target = dir.write('g.flow.json', 'old');
    const dead = deadPid();
    const orphans = [`.g.flow.json.flowboard-save-${dead}-0a1b2c3d.tmp`, `.g.flow.json.${dead}-deadbeef.tmp`];
    const keep = [
      // A save under way in another Flowboard that is still running.
      `.g.flow.json.flowboard-save-${process.ppid}-12345678.tmp`,
      // Not ours: another file's temporary, an editor's swap file, a look-alike.
      `.other.flow.json.flowboard-save-${dead}-0a1b2c3d.tmp`,
      '.g.flow.json.swp',
      `.g.flow.json.flowboard-save-${dead}-nothex00.tmp`,
    ];
    for (const name of [...orphans, ...keep]) writeFileSync(join(dir.path, name), 'partial');
    await writeFileAtomic(target, 'new');
    expect(readdirSync(dir.path).sort()).toEqual(['g.flow.json', ...keep].sort());
    // Even a live process's temporary is stale after a day: a save takes seconds.
    const live = join(dir.path, keep[0]);
    utimesSync(live, new Date(Date.now() - 2 * 86_400_000), new Date(Date.now() - 2 * 86_400_000));
    await cleanStaleTemps(target);
    expect(readdirSync(dir.path)).not.toContain(keep[0]);
  });

  it('never removes the temporary of a save still in flight in this process', async () => {
    const target = dir.write('g.flow.json', 'old');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const real = await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises');
    control.rename = async (from, to) => {
      await held;
      return real.rename(from, to);
    };
    const first = writeFileAtomic(target, 'first');
    await vi.waitFor(() => expect(readdirSync(dir.path).filter((f) => f.endsWith('.tmp'))).toHaveLength(1), IO_WAIT);
    await cleanStaleTemps(target);
    expect(readdirSync(dir.path).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
    release();
    await first;
    expect(readFileSync(target, 'utf8')).toBe('first');
  });

  it.skipIf(process.platform === 'win32')('saves through a symlink to the file it points at, and keeps the link', async () => {
    const real = dir.write('real.flow.json', 'old');
    const link = join(dir.path, 'link.flow.json');
    symlinkSync('real.flow.json', link);
    await writeFileAtomic(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new');
    // A link whose file does not exist yet: the file is made where the link points.
    const dangling = join(dir.path, 'later.flow.json');
    symlinkSync('made-later.flow.json', dangling);
    await writeFileAtomic(dangling, 'made');
    expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir.path, 'made-later.flow.json'), 'utf8')).toBe('made');
  });

  it.skipIf(process.platform === 'win32')('flushes the folder after the rename, so the new name survives a power cut', async () => {
    const target = join(dir.path, 'g.flow.json');
    control.synced = [];
    await writeFileAtomic(target, 'data');
    expect(control.synced).toHaveLength(2);
    expect(control.synced[0]).toMatch(/\.tmp$/);
    expect(control.synced[1]).toBe(dir.path);
  });

  it('names its temporaries so they can be told from any other file', () => {
    expect(tempPathFor('/docs/xor.flow.json')).toMatch(new RegExp(`^/docs/\\.xor\\.flow\\.json\\.flowboard-save-${process.pid}-[0-9a-f]{8}\\.tmp$`));
  });
});
