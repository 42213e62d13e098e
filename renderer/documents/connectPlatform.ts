/**
 * Wires the platform to the app: delivered documents into the store, menu
 * commands to the File commands, and the store's changes back out (title,
 * edited state, drafts, the recent list, the sample URL).
 */
import type { Platform } from '../platform/platform.ts';
import type { FlowStore } from '../store/createFlowStore.ts';
import { startAutosave } from './autosave.ts';
import { reportDocumentState } from './documentState.ts';
import type { DocumentsStore } from './documentsStore.ts';
import type { FileCommands } from './fileCommands.ts';
import { followSampleUrl } from './sampleUrl.ts';

/** Connects everything, then starts the platform (which may offer a draft back). Returns the disconnect. */
export function connectPlatform(platform: Platform, store: FlowStore, docs: DocumentsStore, commands: FileCommands, win: Window): { started: Promise<void>; disconnect(): void } {
  const refreshRecent = () => void platform.recentDocuments().then((recent) => docs.getState().setRecent(recent), () => undefined);
  const autosaver = startAutosave(store, platform);
  // The last edits reach the draft even when the page closes within the autosave delay.
  const onPageHide = () => autosaver.flush();
  win.addEventListener('pagehide', onPageHide);
  const stops = [
    platform.onDocument((d) => commands.receive(d)),
    platform.onCommand((command) => {
      if (command === 'file.save') void commands.save(false);
      else if (command === 'file.saveAs') void commands.save(true);
      else if (command === 'help.lessons') docs.getState().setGalleryOpen(true);
    }),
    platform.onRecentChanged(refreshRecent),
    reportDocumentState(store, platform),
    // The desktop app's address is its own; only a browser's URL is worth linking.
    platform.kind === 'browser' ? followSampleUrl(store, win) : () => undefined,
    () => autosaver.stop(),
    () => win.removeEventListener('pagehide', onPageHide),
  ];
  refreshRecent();
  return { started: platform.start(), disconnect: () => stops.forEach((stop) => stop()) };
}
