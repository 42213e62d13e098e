/**
 * The recent list as the page may see it. What the page learns is decided
 * here: each file's name (the native Open Recent item's label) and the least
 * of its folder that tells it apart from a same-named recent file, usually
 * just the folder's own name. More of the path appears only when two recent
 * files would otherwise look alike, and never more than the macOS menu shows
 * as the item's tooltip; the home folder shows as `~`, so the account name
 * stays out too. Paths stay in the main process and the page picks by an
 * opaque id (RecentFiles.idOf), so it can neither name a path nor learn one
 * the user could not see.
 */
import { posix, win32 } from 'node:path';
import type { DesktopPlatform, RecentEntry } from '../common/payloads.ts';
import type { RecentFiles } from './recentFiles.ts';

/** The page's view of `recent`, newest first. */
export function recentEntries(recent: RecentFiles, home: string, platform: DesktopPlatform): RecentEntry[] {
  const files = recent.entries();
  const path = pathsOf(platform);
  const folders = folderLabels(
    files.map((f) => f.path),
    home,
    platform,
  );
  return files.map((f, i) => ({ id: recent.idOf(f.path), name: path.basename(f.path), folder: folders[i], ...(f.usedAt ? { usedAt: f.usedAt } : {}) }));
}

/** A folder as a root (`~`, `/`, `C:\`) and the folder names below it. */
interface Folder {
  root: string;
  names: string[];
}

/** For each path, the shortest end of its folder that no same-named file in `paths` shares. */
export function folderLabels(paths: readonly string[], home: string, platform: DesktopPlatform): string[] {
  const path = pathsOf(platform);
  const fold = (s: string) => (platform === 'linux' ? s : s.toLowerCase());
  const folders = paths.map((p) => splitFolder(path.dirname(p), home, platform));
  const depth = paths.map(() => 1);
  const label = (i: number) => shown(folders[i], depth[i], path.sep);
  // Each round shows one more folder for the files that still look alike; a depth past the names shows the whole folder, so this ends.
  for (let deeper = true; deeper; ) {
    deeper = false;
    const alike = new Map<string, number[]>();
    paths.forEach((p, i) => {
      const key = `${fold(path.basename(p))}\0${fold(label(i))}`;
      alike.set(key, [...(alike.get(key) ?? []), i]);
    });
    for (const group of alike.values()) {
      if (group.length < 2) continue;
      for (const i of group) {
        if (depth[i] > folders[i].names.length) continue;
        depth[i]++;
        deeper = true;
      }
    }
  }
  return paths.map((_, i) => label(i));
}

function pathsOf(platform: DesktopPlatform) {
  return platform === 'win32' ? win32 : posix;
}

function splitFolder(dir: string, home: string, platform: DesktopPlatform): Folder {
  const path = pathsOf(platform);
  const fold = (s: string) => (platform === 'linux' ? s : s.toLowerCase());
  const names = (rest: string) => rest.split(path.sep).filter(Boolean);
  // A home at the root (some service accounts) would make every path "~/...": no better than the path itself.
  const homeDir = home && path.resolve(home) !== path.parse(path.resolve(home)).root ? path.resolve(home) : '';
  if (homeDir && fold(dir) === fold(homeDir)) return { root: '~', names: [] };
  if (homeDir && fold(dir).startsWith(fold(homeDir.endsWith(path.sep) ? homeDir : homeDir + path.sep))) return { root: '~', names: names(dir.slice(homeDir.length)) };
  const root = path.parse(dir).root;
  return { root, names: names(dir.slice(root.length)) };
}

/** The last `depth` folder names, or the whole folder once `depth` reaches past them. */
function shown({ root, names }: Folder, depth: number, sep: string): string {
  if (depth <= names.length) return names.slice(-depth).join(sep);
  if (root === '~') return ['~', ...names].join(sep);
  return root + names.join(sep);
}
