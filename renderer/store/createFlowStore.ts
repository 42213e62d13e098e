/**
 * The store: the slices combined, with zundo's temporal middleware on the
 * combined store (never on a slice) recording only the document.
 */
import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import { createCanvasSlice } from './canvasSlice.ts';
import { createDocumentSlice } from './documentSlice.ts';
import { createRunSlice } from './runSlice.ts';
import { createSelectionSlice } from './selectionSlice.ts';
import { createSweepSlice } from './sweepSlice.ts';
import type { FlowState, Tracked } from './types.ts';
import { createUiSlice } from './uiSlice.ts';

/** How many edits Undo can go back. */
export const HISTORY_LIMIT = 200;

/** A fresh store; the app has one (flowStore.ts), tests make their own. */
export function createFlowStore() {
  return createStore<FlowState>()(
    temporal<FlowState, [], [], Tracked>(
      (...a) => ({ ...createDocumentSlice(...a), ...createSelectionSlice(...a), ...createUiSlice(...a), ...createCanvasSlice(...a), ...createRunSlice(...a), ...createSweepSlice(...a) }),
      {
        partialize: (state) => ({ document: state.document }),
        // Selection and UI changes also call set(); only a new document is an undo step.
        equality: (past, current) => past.document === current.document,
        limit: HISTORY_LIMIT,
      },
    ),
  );
}

export type FlowStore = ReturnType<typeof createFlowStore>;
