/**
 * The platform inside the desktop app: a thin layer over `window.flowboard`.
 * The main process owns paths, dialogs, the unsaved-changes prompt, recent
 * files and crash recovery; the app asks, and documents come back through
 * onOpenDocument, or the reasons one could not be opened through onOpenFailed.
 */
import type { DatasetProvider } from '../../core/data/datasetProvider.ts';
import type { GraphDocument } from '../../core/graph/document.ts';
import type { DesktopApi } from '../../electron/common/desktopApi.ts';
import { MAX_TITLE_LENGTH, type OpenedDocument as DesktopDocument, type RecentEntry } from '../../electron/common/payloads.ts';
import { listeners } from './listeners.ts';
import type { Delivery, OpenedDocument, Platform, RecentDocument } from './platform.ts';

/** The platform over the preload's API. */
export function desktopPlatform(api: DesktopApi, datasets: DatasetProvider): Platform {
  // Documents the page made itself (imported code) never cross to the shell, so they are delivered here.
  const generated = listeners<Delivery>();
  return {
    kind: 'desktop',
    modifierKey: api.platform === 'darwin' ? 'Cmd' : 'Ctrl',
    nativeMenu: true,
    listsRecentDocuments: true,
    datasets,
    start: () => api.rendererReady(),
    onDocument(listener) {
      const stops = [
        api.onOpenDocument((opened) => listener(fromDesktop(opened))),
        api.onOpenFailed((failure) => listener({ kind: 'failed', ...failure })),
        generated.add(listener),
      ];
      return () => stops.forEach((stop) => stop());
    },
    onCommand: (listener) => api.onCommand(listener),
    newDocument: () => api.requestNew(),
    openDocument: () => api.requestOpen(),
    openSample: (name) => api.requestOpenSample(name),
    openRecent: (id) => api.requestOpenRecent(id),
    save: (text, saveAs) => api.save({ text, saveAs }),
    // The main process knows the document's name and suggests the file name itself.
    exportImage: (image) => api.exportImage(image),
    // Logs are an event file's bytes, code is text, so the data tells the shell which filters to offer.
    exportFile: ({ name, mime, data }) => api.exportFile({ name, data, kind: mime === 'application/json' ? 'weights' : typeof data === 'string' ? 'code' : 'logs' }),
    async openGenerated(document: GraphDocument, name: string) {
      // The shell holds the unsaved-changes prompt; the page then reports the new title and edited state as after any change.
      if (!(await api.confirmReplace())) return false;
      generated.emit({ kind: 'opened', document, diagnostics: [], name, origin: 'new', edited: true });
      return true;
    },
    recentDocuments: async () => (await api.listRecent()).map(fromRecentEntry),
    onRecentChanged: (listener) => api.onRecentChanged(listener),
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

/** A recent file of the shell's list; the shell reads the file itself on open, so it is always linked. */
function fromRecentEntry({ id, name, folder, usedAt }: RecentEntry): RecentDocument {
  return { id, name, folder, linked: true, ...(usedAt ? { usedAt } : {}) };
}
