/**
 * The File commands: New, Open, Open sample, Open recent, Save and Save As,
 * and what happens when the platform delivers a document. The platform asks
 * about unsaved changes and picks files; this side turns the store's document
 * into text and back.
 */
import { saveDocument } from '../../core/graph/save.ts';
import type { Delivery, Platform, SaveOutcome } from '../platform/platform.ts';
import type { FlowStore } from '../store/createFlowStore.ts';
import type { DocumentsStore } from './documentsStore.ts';
import { openNotice } from './openNotice.ts';

export type FileCommands = ReturnType<typeof createFileCommands>;

/** The commands over one flow store, platform and documents store. */
export function createFileCommands(store: FlowStore, platform: Platform, docs: DocumentsStore) {
  const s = () => store.getState();
  /** A save under way: pressing Save again waits for it instead of opening a second picker. */
  let saving: Promise<SaveOutcome> | undefined;

  async function saveNow(saveAs: boolean): Promise<SaveOutcome> {
    const written = s().document;
    const outcome = await platform.save(saveDocument(written), saveAs);
    if (outcome.status === 'saved') {
      s().markSaved(written, { name: outcome.name, origin: 'file' });
      s().setNotice({ kind: 'info', text: `Saved "${outcome.name}"` });
    } else if (outcome.status === 'failed') {
      s().setNotice({ kind: 'error', text: outcome.message });
    }
    return outcome;
  }

  return {
    newDocument: () => platform.newDocument(),
    open: () => platform.openDocument(),
    openSample(name: string) {
      docs.getState().setGalleryOpen(false);
      return platform.openSample(name);
    },
    openRecent(id: string) {
      docs.getState().setGalleryOpen(false);
      return platform.openRecent(id);
    },
    /** Saves to the document's file, asking where when it has none (or always, for Save As). */
    save(saveAs = false): Promise<SaveOutcome> {
      saving ??= saveNow(saveAs).finally(() => (saving = undefined));
      return saving;
    },
    /** Shows a delivered document, or why it could not be opened (changing nothing else). */
    receive(delivery: Delivery): void {
      if (delivery.kind === 'failed') {
        void docs.getState().ask({ kind: 'loadFailure', failure: delivery });
        return;
      }
      s().openDocument(delivery.document, { name: delivery.name, origin: delivery.origin }, { edited: delivery.edited });
      const notice = openNotice(delivery);
      if (notice) s().setNotice(notice);
    },
  };
}
