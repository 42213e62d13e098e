import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir, type TempDir } from '../../test/tempFiles.ts';
import { parseRecent, RecentFiles, withRecent } from './recentFiles.ts';

const abs = (name: string) => resolve('/graphs', name);

describe('withRecent', () => {
  it('puts the newest first and moves a reopened file to the front instead of repeating it', () => {
    let list: string[] = [];
    for (const f of ['a', 'b', 'c', 'b']) list = withRecent(list, abs(f), 10, 'linux');
    expect(list).toEqual([abs('b'), abs('c'), abs('a')]);
  });

  it('keeps at most the bound, dropping the oldest', () => {
    let list: string[] = [];
    for (let i = 0; i < 15; i++) list = withRecent(list, abs(`g${i}`), 10, 'linux');
    expect(list).toHaveLength(10);
    expect(list[0]).toBe(abs('g14'));
    expect(list[9]).toBe(abs('g5'));
  });

  it('treats paths differing only in case as one file on Windows and macOS, two on Linux', () => {
    expect(withRecent([abs('Graph')], abs('graph'), 10, 'win32')).toEqual([abs('graph')]);
    expect(withRecent([abs('Graph')], abs('graph'), 10, 'darwin')).toEqual([abs('graph')]);
    expect(withRecent([abs('Graph')], abs('graph'), 10, 'linux')).toEqual([abs('graph'), abs('Graph')]);
  });
});

describe('parseRecent', () => {
  it('keeps absolute unique paths and ignores anything else', () => {
    expect(parseRecent({ files: [abs('a'), 'relative.flow.json', 3, abs('a'), abs('b')] }, 10, 'linux')).toEqual([abs('a'), abs('b')]);
    expect(parseRecent('garbage')).toEqual([]);
    expect(parseRecent(undefined)).toEqual([]);
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
    const recent = new RecentFiles(store, 3, 'linux');
    await recent.load();
    for (const f of ['a', 'b', 'c', 'd', 'c']) await recent.add(abs(f));
    expect(recent.list()).toEqual([abs('c'), abs('d'), abs('b')]);
    expect(JSON.parse(readFileSync(store, 'utf8'))).toEqual({ files: [abs('c'), abs('d'), abs('b')] });

    const again = new RecentFiles(store, 3, 'linux');
    await again.load();
    expect(again.list()).toEqual([abs('c'), abs('d'), abs('b')]);
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
});
