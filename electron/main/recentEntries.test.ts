import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir, type TempDir } from '../../test/tempFiles.ts';
import { folderLabels, recentEntries } from './recentEntries.ts';
import { RecentFiles } from './recentFiles.ts';

describe('folderLabels', () => {
  const home = '/home/ada';

  it('shows only the folder name when the file names differ', () => {
    expect(folderLabels(['/home/ada/lessons/xor.flow.json', '/home/ada/work/mnist.flow.json', '/srv/shared/cnn.flow.json'], home, 'linux')).toEqual(['lessons', 'work', 'shared']);
  });

  it('shows more of the folder only for same-named files that would look alike', () => {
    const paths = ['/home/ada/a/lessons/xor.flow.json', '/home/ada/b/lessons/xor.flow.json', '/home/ada/c/lessons/mnist.flow.json', '/home/ada/other/xor.flow.json'];
    expect(folderLabels(paths, home, 'linux')).toEqual(['a/lessons', 'b/lessons', 'lessons', 'other']);
  });

  it('writes the home folder as ~, so the account name stays out', () => {
    expect(folderLabels(['/home/ada/xor.flow.json', '/tmp/xor.flow.json'], home, 'linux')).toEqual(['~', 'tmp']);
    expect(folderLabels(['/home/ada/x/xor.flow.json', '/mnt/x/xor.flow.json'], home, 'linux')).toEqual(['~/x', 'mnt/x']);
    expect(folderLabels(['/home/adam/xor.flow.json'], home, 'linux')).toEqual(['adam']);
  });

  it('goes up to the whole folder, and no further, when nothing shorter tells files apart', () => {
    expect(folderLabels(['/xor.flow.json', '/data/xor.flow.json'], home, 'linux')).toEqual(['/', 'data']);
    expect(folderLabels(['/a/x/xor.flow.json', '/b/x/xor.flow.json'], '/', 'linux')).toEqual(['a/x', 'b/x']);
  });

  it('compares names ignoring case on Windows and macOS, and uses Windows separators there', () => {
    const paths = ['C:\\Users\\ada\\Lessons\\XOR.flow.json', 'D:\\two\\lessons\\xor.flow.json'];
    expect(folderLabels(paths, 'C:\\Users\\ada', 'win32')).toEqual(['~\\Lessons', 'two\\lessons']);
    expect(folderLabels(['/Users/ada/a/G/x.flow.json', '/Users/ada/b/g/X.flow.json'], '/Users/ada', 'darwin')).toEqual(['a/G', 'b/g']);
    expect(folderLabels(['/home/ada/a/G/x.flow.json', '/home/ada/b/g/X.flow.json'], home, 'linux')).toEqual(['G', 'g']);
  });
});

describe('recentEntries', () => {
  let dir: TempDir;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.remove());

  it('gives the page ids, names, folders and times, never a path', async () => {
    const recent = new RecentFiles(join(dir.path, 'recent.json'), 10, 'linux', () => new Date('2025-03-04T05:06:07.000Z'));
    await recent.add('/home/ada/lessons/xor.flow.json');
    await recent.add('/home/ada/work/xor.flow.json');
    const entries = recentEntries(recent, '/home/ada', 'linux');
    expect(entries).toEqual([
      { id: expect.any(String), name: 'xor.flow.json', folder: 'work', usedAt: '2025-03-04T05:06:07.000Z' },
      { id: expect.any(String), name: 'xor.flow.json', folder: 'lessons', usedAt: '2025-03-04T05:06:07.000Z' },
    ]);
    expect(JSON.stringify(entries)).not.toContain('/home');
    expect(entries.map((e) => recent.pathFor(e.id))).toEqual(['/home/ada/work/xor.flow.json', '/home/ada/lessons/xor.flow.json']);
  });

  it('leaves the time out for a file listed before times were kept', async () => {
    const recent = new RecentFiles(dir.write('recent.json', JSON.stringify({ files: ['/data/old.flow.json'] })), 10, 'linux');
    await recent.load();
    expect(recentEntries(recent, '/home/ada', 'linux')).toEqual([{ id: expect.any(String), name: 'old.flow.json', folder: 'data' }]);
  });
});
