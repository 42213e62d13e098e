import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir, type TempDir } from '../../test/tempFiles.ts';

// The real fs, except that a test can hold `rename` back: a rename that never
// returns is the process dying between the write and the rename.
const control = vi.hoisted(() => ({ rename: undefined as undefined | ((from: string, to: string) => Promise<void>) }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return { ...real, rename: (from: string, to: string) => (control.rename ?? real.rename)(from, to) };
});

const { writeFileAtomic } = await import('./atomicWrite.ts');

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
    expect(temps[0].startsWith('.g.flow.json.')).toBe(true);
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
});
