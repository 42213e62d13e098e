/** The UI slice: theme, which panels are open, view toggles, the dock, the memory budget and the last notice. */
import { analysisMemoryBudget, setAnalysisMemoryBudget } from './analysis.ts';
import type { Fragment } from './commands/fragment.ts';
import { saveMemoryBudget } from './memorySetting.ts';
import type { Slice } from './types.ts';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type PanelName = 'palette' | 'properties';
/** What the left-hand column shows: the document's lesson or the op palette. */
export type SideTab = 'lesson' | 'ops';
/** The tabs of the right-hand panel: the selected node's properties, or the session. */
export type RightTab = 'properties' | 'session';
/** Where the bind-data dialog gets its data. */
export type BindSource = 'table' | 'csv' | 'xor' | 'points' | 'mnist';

/** The open bind-data dialog: the Placeholder it was opened for, and the source shown first. */
export interface BindDialogState {
  placeholderId: string | undefined;
  source: BindSource;
  /** Binds evaluation data instead of training data. */
  evaluation: boolean;
}

/** The training panels under the canvas: folded to their tabs or open, and how tall when open (CSS pixels). */
export interface DockState {
  open: boolean;
  height: number;
}

/** A short message for the user, such as why an edit was refused. */
export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

export interface UiSlice {
  theme: ThemeChoice;
  panels: Record<PanelName, boolean>;
  /** The left column's tab; the lesson shows only for a document that has one. */
  sideTab: SideTab;
  /** Whether the canvas draws the backward (gradient) nodes. */
  showGradients: boolean;
  notice: Notice | undefined;
  /** The app's own clipboard: copied nodes survive undo and document edits. */
  clipboard: Fragment | undefined;
  /** Whether dragged nodes snap to the canvas grid. */
  snapToGrid: boolean;
  /** Whether the keyboard shortcuts overlay is open. */
  helpOpen: boolean;
  /** While a picture of the graph is taken, every node is mounted, even on a graph large enough to draw only what is in view. */
  exporting: boolean;
  /** The training dock: open or folded, and its height (dockHeight.ts keeps it between starts). */
  dock: DockState;
  rightTab: RightTab;
  bindDialog: BindDialogState | undefined;
  /** Bytes a run's tensors may take; graphs that need more get a diagnostic and do not train (memorySetting.ts). */
  memoryBudget: number;
  setTheme(theme: ThemeChoice): void;
  togglePanel(panel: PanelName): void;
  setSideTab(tab: SideTab): void;
  setShowGradients(on: boolean): void;
  setNotice(notice: Notice | undefined): void;
  setClipboard(fragment: Fragment | undefined): void;
  setSnapToGrid(on: boolean): void;
  setHelpOpen(open: boolean): void;
  setExporting(on: boolean): void;
  setDock(change: Partial<DockState>): void;
  setRightTab(tab: RightTab): void;
  /** Opens (or with undefined closes) the bind-data dialog. */
  setBindDialog(state: BindDialogState | undefined): void;
  /** Changes the memory budget (kept for the next start); every diagnostic is recomputed with it. */
  setMemoryBudget(bytes: number): void;
}

/** Creates the UI slice. */
export const createUiSlice: Slice<UiSlice> = (set, get) => ({
  theme: 'system',
  panels: { palette: true, properties: true },
  sideTab: 'lesson',
  showGradients: false,
  notice: undefined,
  clipboard: undefined,
  snapToGrid: true,
  helpOpen: false,
  exporting: false,
  dock: { open: false, height: 0 },
  rightTab: 'properties',
  bindDialog: undefined,
  memoryBudget: analysisMemoryBudget(),
  setTheme: (theme) => set({ theme }),
  togglePanel: (panel) => set({ panels: { ...get().panels, [panel]: !get().panels[panel] } }),
  setSideTab: (sideTab) => set({ sideTab }),
  setShowGradients: (showGradients) => set({ showGradients }),
  setNotice(notice) {
    // Most edits clear a notice that is already clear; no change, no re-render.
    const current = get().notice;
    if (current !== notice && (current?.kind !== notice?.kind || current?.text !== notice?.text)) set({ notice });
  },
  setClipboard: (clipboard) => set({ clipboard }),
  setSnapToGrid: (snapToGrid) => set({ snapToGrid }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  setExporting: (exporting) => set({ exporting }),
  setDock(change) {
    const dock = get().dock;
    if (Object.entries(change).some(([k, v]) => dock[k as keyof DockState] !== v)) set({ dock: { ...dock, ...change } });
  },
  setRightTab: (rightTab) => set({ rightTab }),
  setBindDialog: (bindDialog) => set({ bindDialog }),
  setMemoryBudget(memoryBudget) {
    saveMemoryBudget(memoryBudget);
    // The analysis first, so every selector that runs on this change sees the new budget's diagnostics.
    setAnalysisMemoryBudget(memoryBudget);
    set({ memoryBudget });
  },
});
