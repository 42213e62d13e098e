/** Reports the document's name and edited state to the platform whenever either changes (title, close prompt, drafts). */
import type { DocumentState, Platform } from '../platform/platform.ts';
import type { FlowStore } from '../store/createFlowStore.ts';
import type { FlowState } from '../store/types.ts';

/** The state the platform sees for the store's current state. */
export function documentStateOf(state: Pick<FlowState, 'file' | 'document' | 'savedDocument'>): DocumentState {
  return { name: state.file.name, edited: state.document !== state.savedDocument };
}

/** Reports now and after every change; returns the unsubscribe. */
export function reportDocumentState(store: FlowStore, platform: Pick<Platform, 'setDocumentState'>): () => void {
  let last = documentStateOf(store.getState());
  platform.setDocumentState(last);
  return store.subscribe((state) => {
    const next = documentStateOf(state);
    if (next.name === last.name && next.edited === last.edited) return;
    last = next;
    platform.setDocumentState(next);
  });
}
