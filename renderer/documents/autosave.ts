/**
 * Autosave: a second and a half after an edit the document goes to the
 * platform's draft storage, at most once per interval however fast the edits
 * come; a document that is saved (or undone back to saved) needs no draft.
 */
import { saveDocument } from '../../core/graph/save.ts';
import type { Platform } from '../platform/platform.ts';
import type { FlowStore } from '../store/createFlowStore.ts';

export const AUTOSAVE_DELAY_MS = 1500;

export interface Autosaver {
  /** Writes a waiting draft now (the page is going away). */
  flush(): void;
  stop(): void;
}

/** Watches the store's document and autosaves it through `platform`. */
export function startAutosave(store: FlowStore, platform: Pick<Platform, 'autosave'>, delayMs = AUTOSAVE_DELAY_MS): Autosaver {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const { document, savedDocument } = store.getState();
    if (document !== savedDocument) platform.autosave(saveDocument(document));
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.document === previous.document && state.savedDocument === previous.savedDocument) return;
    if (state.document === state.savedDocument) {
      clearTimeout(timer);
      timer = undefined;
      return;
    }
    // Throttled, not debounced: a long run of edits still reaches the draft every interval.
    timer ??= setTimeout(write, delayMs);
  });
  return {
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      write();
    },
    stop() {
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
