/** The UI slice: theme, which panels are open, view toggles and the last notice. */
import type { Fragment } from './commands/fragment.ts';
import type { Slice } from './types.ts';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type PanelName = 'palette' | 'properties';

/** A short message for the user, such as why an edit was refused. */
export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

export interface UiSlice {
  theme: ThemeChoice;
  panels: Record<PanelName, boolean>;
  /** Whether the canvas draws the backward (gradient) nodes. */
  showGradients: boolean;
  notice: Notice | undefined;
  /** The app's own clipboard: copied nodes survive undo and document edits. */
  clipboard: Fragment | undefined;
  setTheme(theme: ThemeChoice): void;
  togglePanel(panel: PanelName): void;
  setShowGradients(on: boolean): void;
  setNotice(notice: Notice | undefined): void;
  setClipboard(fragment: Fragment | undefined): void;
}

/** Creates the UI slice. */
export const createUiSlice: Slice<UiSlice> = (set, get) => ({
  theme: 'system',
  panels: { palette: true, properties: true },
  showGradients: false,
  notice: undefined,
  clipboard: undefined,
  setTheme: (theme) => set({ theme }),
  togglePanel: (panel) => set({ panels: { ...get().panels, [panel]: !get().panels[panel] } }),
  setShowGradients: (showGradients) => set({ showGradients }),
  setNotice: (notice) => set({ notice }),
  setClipboard: (clipboard) => set({ clipboard }),
});
