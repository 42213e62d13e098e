/**
 * The platform inside the desktop app: a thin layer over `window.flowboard`.
 * The main process owns paths, dialogs, the unsaved-changes prompt, recent
 * files (its File > Open Recent menu) and crash recovery; the app asks, and
 * documents come back through onOpenDocument.
 */
import type { DatasetProvider } from '../../core/data/datasetProvider.ts';
import type { DesktopApi } from '../../electron/common/desktopApi.ts';
import { MAX_TITLE_LENGTH, type OpenedDocument as DesktopDocument } from '../../electron/common/payloads.ts';
import type { OpenedDocument, Platform } from './platform.ts';

/** The platform over the preload's API. */
export function desktopPlatform(api: DesktopApi, datasets: DatasetProvider): Platform {
  return {
    kind: 'desktop',
    modifierKey: api.platform === 'darwin' ? 'Cmd' : 'Ctrl',
    nativeMenu: true,
    listsRecentDocuments: false,
    datasets,
    start: () => api.rendererReady(),
    onDocument: (listener) => api.onOpenDocument((opened) => listener(fromDesktop(opened))),
    onCommand: (listener) => api.onCommand(listener),
    newDocument: () => api.requestNew(),
    openDocument: () => api.requestOpen(),
    openSample: (name) => api.requestOpenSample(name),
    openRecent: () => Promise.reject(new Error('the desktop app opens recent files from its File > Open Recent menu')),
    save: (text, saveAs) => api.save({ text, saveAs }),
    recentDocuments: () => Promise.resolve([]),
    // The main process keeps the list and its menu up to date; the app shows none, so nothing changes here.
    onRecentChanged: () => () => undefined,
    autosave: (text) => api.autosave(text),
    // The main process refuses longer titles, so a very long file name is shortened rather than lost.
    setDocumentState: ({ name, edited }) => api.setDocumentState({ title: name.slice(0, MAX_TITLE_LENGTH), edited }),
  };
}

/** The main process's document as the app's: a recovered one is an edited file or an edited untitled graph. */
export function fromDesktop(opened: DesktopDocument): OpenedDocument {
  const { document, diagnostics, name, origin, edited } = opened;
  const ours = origin === 'recovered' ? (/\.json$/i.test(name) ? 'file' : 'new') : origin;
  return { kind: 'opened', document, diagnostics, name, origin: ours, edited };
}
