/** The browser platform's questions, answered with the app's own dialogs. */
import type { BrowserDialogs } from '../platform/browserPlatform.ts';
import type { DocumentsStore } from './documentsStore.ts';

/** Dialogs shown through `docs` (the dialog host renders them). */
export function browserDialogs(docs: DocumentsStore): BrowserDialogs {
  return {
    confirmDiscard: (name) => docs.getState().ask({ kind: 'discard', name }),
    confirmRestore: ({ name, savedAt }) => docs.getState().ask({ kind: 'restore', name, savedAt }),
  };
}
