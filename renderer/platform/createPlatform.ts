/**
 * Picks the platform at start-up: the desktop shell's when its preload
 * defined `window.flowboard`, the browser's otherwise.
 */
import { BrowserPlatform, type BrowserDialogs } from './browserPlatform.ts';
import { fetchDatasets } from './datasets.ts';
import { storageDrafts } from './drafts.ts';
import { desktopPlatform } from './desktopPlatform.ts';
import { fileSystemAccessFiles, hasFileSystemAccess } from './fileSystemAccess.ts';
import { indexedDbKeyValue } from './keyValue.ts';
import type { Platform } from './platform.ts';
import { recentFiles } from './recentFiles.ts';
import { readSampleJson } from './sampleAssets.ts';
import { downloadBlob, uploadDownloadFiles } from './uploadDownloadFiles.ts';

/** The platform for this window; `dialogs` answers the browser's questions (the desktop asks natively). */
export function createPlatform(dialogs: BrowserDialogs): Platform {
  // Beside index.html in both builds (relative asset URLs).
  const datasets = fetchDatasets(new URL('./datasets/', document.baseURI).href);
  if (window.flowboard) return desktopPlatform(window.flowboard, datasets);
  return new BrowserPlatform({
    files: hasFileSystemAccess(window) ? fileSystemAccessFiles(window) : uploadDownloadFiles(document),
    // Read on each use: where storage is disabled, merely touching localStorage throws, and drafts then just do nothing.
    drafts: storageDrafts({
      getItem: (key) => window.localStorage.getItem(key),
      setItem: (key, value) => window.localStorage.setItem(key, value),
      removeItem: (key) => window.localStorage.removeItem(key),
    }),
    recent: recentFiles(indexedDbKeyValue(window.indexedDB)),
    dialogs,
    datasets,
    readSample: readSampleJson,
    setTitle: (title) => void (document.title = title),
    download: (blob, name) => downloadBlob(document, blob, name),
    modifierKey: /Mac|iPhone|iPad/.test(navigator.platform) ? 'Cmd' : 'Ctrl',
  });
}
