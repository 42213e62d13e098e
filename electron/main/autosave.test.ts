import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir, type TempDir } from '../../test/tempFiles.ts';
import { Autosave, parseAutosave } from './autosave.ts';

let dir: TempDir;
beforeEach(() => {
  dir = tempDir();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  dir.remove();
});

const fixedNow = () => new Date('2026-01-02T03:04:05.000Z');

describe('Autosave', () => {
  it('writes the latest document once per interval, not once per change', async () => {
    const autosave = new Autosave(join(dir.path, 'autosave'), 3000, undefined, fixedNow);
    autosave.update({ name: 'g.flow.json', text: 'v1' });
    autosave.update({ name: 'g.flow.json', text: 'v2' });
    expect(existsSync(autosave.file)).toBe(false);
    await vi.advanceTimersByTimeAsync(2999);
    expect(existsSync(autosave.file)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await autosave.read();
    expect(JSON.parse(readFileSync(autosave.file, 'utf8'))).toEqual({ name: 'g.flow.json', text: 'v2', savedAt: '2026-01-02T03:04:05.000Z' });

    autosave.update({ name: 'g.flow.json', text: 'v3', path: '/x/g.flow.json' });
    await vi.advanceTimersByTimeAsync(3000);
    expect(await autosave.read()).toEqual({ path: '/x/g.flow.json', name: 'g.flow.json', text: 'v3', savedAt: '2026-01-02T03:04:05.000Z' });
  });

  it('clearing deletes the file and cancels a pending write', async () => {
    const autosave = new Autosave(dir.path, 3000);
    autosave.update({ name: 'g', text: 'v1' });
    await autosave.flush();
    expect(existsSync(autosave.file)).toBe(true);
    autosave.update({ name: 'g', text: 'v2' });
    await autosave.clear();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(existsSync(autosave.file)).toBe(false);
    expect(await autosave.read()).toBeUndefined();
  });

  it('a clear issued while a write is queued wins', async () => {
    const autosave = new Autosave(dir.path, 3000);
    autosave.update({ name: 'g', text: 'v1' });
    const writing = autosave.flush();
    const clearing = autosave.clear();
    await Promise.all([writing, clearing]);
    expect(existsSync(autosave.file)).toBe(false);
  });

  it('reports a failed write instead of throwing', async () => {
    const errors: unknown[] = [];
    const blocked = dir.write('blocked', 'a file where the folder should be');
    const autosave = new Autosave(blocked, 3000, (e) => errors.push(e));
    autosave.update({ name: 'g', text: 'v1' });
    await autosave.flush();
    expect(errors).toHaveLength(1);
  });
});

describe('parseAutosave', () => {
  it('accepts only the shape it writes', () => {
    expect(parseAutosave({ name: 'g', text: 't', savedAt: 's' })).toEqual({ name: 'g', text: 't', savedAt: 's' });
    expect(parseAutosave({ name: 'g', text: 't', savedAt: 's', path: 3 })).toBeUndefined();
    expect(parseAutosave({ name: 'g', savedAt: 's' })).toBeUndefined();
    expect(parseAutosave(null)).toBeUndefined();
  });
});
