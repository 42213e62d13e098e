import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir, type TempDir } from '../../test/tempFiles.ts';
import { parseRecent, type RecentFile, RecentFiles, withRecent } from './recentFiles.ts';

const abs = (name: string) => resolve('/graphs', name);

const at = (n: number) => new Date(Date.UTC(2025, 0, 1, 12, n)).toISOString();
const paths = (list: readonly RecentFile[]) => list.map((f) => f.path);

describe('withRecent', () => {
  it('puts the newest first and moves a reopened file to the front with its new time instead of repeating it', () => {
    let list: RecentFile[] = [];
    ['a', 'b', 'c', 'b'].forEach((f, i) => (list = withRecent(list, abs(f), at(i), 10, 'linux')));
    expect(list).toEqual([
      { path: abs('b'), usedAt: at(3) },
      { path: abs('c'), usedAt: at(2) },
      { path: abs('a'), usedAt: at(0) },
    ]);
  });

  it('keeps at most the bound, dropping the oldest', () => {
    let list: RecentFile[] = [];
    for (let i = 0; i < 15; i++) list = withRecent(list, abs(`g${i}`), at(i), 10, 'linux');
    expect(list).toHaveLength(10);
    expect(list[0].path).toBe(abs('g14'));
    expect(list[9].path).toBe(abs('g5'));
  });

  it('treats paths differing only in case as one file on Windows and macOS, two on Linux', () => {
    const one = [{ path: abs('Graph') }];
    expect(paths(withRecent(one, abs('graph'), at(1), 10, 'win32'))).toEqual([abs('graph')]);
    expect(paths(withRecent(one, abs('graph'), at(1), 10, 'darwin'))).toEqual([abs('graph')]);
    expect(paths(withRecent(one, abs('graph'), at(1), 10, 'linux'))).toEqual([abs('graph'), abs('Graph')]);
  });
});

describe('parseRecent', () => {
  it('keeps absolute unique paths with their times and ignores anything else', () => {
    const stored = { files: [{ path: abs('a'), usedAt: at(1) }, { path: 'relative.flow.json', usedAt: at(2) }, 3, { path: abs('a') }, { path: abs('b'), usedAt: 'yesterday' }, null] };
    expect(parseRecent(stored, 10, 'linux')).toEqual([{ path: abs('a'), usedAt: at(1) }, { path: abs('b') }]);
    expect(parseRecent('garbage')).toEqual([]);
    expect(parseRecent(undefined)).toEqual([]);
  });

  it('reads the older list of plain paths, without times', () => {
    expect(parseRecent({ files: [abs('a'), 'relative.flow.json', abs('a'), abs('b')] }, 10, 'linux')).toEqual([{ path: abs('a') }, { path: abs('b') }]);
  });

  it('bounds a list that was edited by hand', () => {
    expect(parseRecent({ files: Array.from({ length: 30 }, (_, i) => abs(`g${i}`)) }, 10, 'linux')).toHaveLength(10);
  });
});

describe('RecentFiles', () => {
  let dir: TempDir;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.remove());

  it('persists the list and reads it back in a new session', async () => {
    const store = join(dir.path, 'recent.json');
    let minute = 0;
    const recent = new RecentFiles(store, 3, 'linux', () => new Date(at(minute++)));
    await recent.load();
    for (const f of ['a', 'b', 'c', 'd', 'c']) await recent.add(abs(f));
    expect(recent.list()).toEqual([abs('c'), abs('d'), abs('b')]);
    expect(JSON.parse(readFileSync(store, 'utf8'))).toEqual({
      files: [
        { path: abs('c'), usedAt: at(4) },
        { path: abs('d'), usedAt: at(3) },
        { path: abs('b'), usedAt: at(1) },
      ],
    });

    const again = new RecentFiles(store, 3, 'linux');
    await again.load();
    expect(again.entries()).toEqual(recent.entries());
    expect(again.has(abs('d'))).toBe(true);
    await again.remove(abs('d'));
    expect(again.list()).toEqual([abs('c'), abs('b')]);
    await again.clear();
    expect(again.list()).toEqual([]);
  });

  it('starts empty when the stored file is missing or corrupt', async () => {
    const recent = new RecentFiles(dir.write('recent.json', '{not json'), 10, 'linux');
    await recent.load();
    expect(recent.list()).toEqual([]);
  });

  it('gives each listed file an opaque id that resolves back to it until it leaves the list', async () => {
    const recent = new RecentFiles(join(dir.path, 'recent.json'), 10, 'darwin');
    await recent.add(abs('a'));
    await recent.add(abs('b'));
    const [a, b] = [recent.idOf(abs('a')), recent.idOf(abs('b'))];
    expect(a).not.toBe(b);
    expect(a).not.toContain('graphs');
    expect(recent.idOf(abs('A'))).toBe(a); // the same file on macOS
    await recent.add(abs('a')); // reopening keeps the id the page already has
    expect(recent.idOf(abs('a'))).toBe(a);
    expect(recent.pathFor(a)).toBe(abs('a'));
    expect(recent.pathFor('not-an-id')).toBeUndefined();
    await recent.remove(abs('a'));
    expect(recent.pathFor(a)).toBeUndefined();
    expect(recent.pathFor(b)).toBe(abs('b'));
  });

  it('hands out different ids in another run of the app', async () => {
    const store = join(dir.path, 'recent.json');
    const first = new RecentFiles(store, 10, 'linux');
    await first.add(abs('a'));
    const second = new RecentFiles(store, 10, 'linux');
    await second.load();
    expect(second.pathFor(first.idOf(abs('a')))).toBeUndefined();
    expect(second.pathFor(second.idOf(abs('a')))).toBe(abs('a'));
  });
});
