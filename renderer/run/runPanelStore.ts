/**
 * The Run panel's own state: whether it is open, the fetches picked and the
 * feeds typed (kept while it is closed, forgotten with the document), and the
 * last answer. Never undoable, never saved: Run's feeds are for one run only.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { RunResult } from '../training/protocol.ts';

export interface RunPanelState {
  open: boolean;
  /** The document generation the draft belongs to. */
  generation: number;
  /** Fetched node ids; undefined picks the defaults (the selection, else the sinks) on open. */
  fetches: string[] | undefined;
  /** Placeholder id -> the text typed; absent shows the bound data. */
  feeds: Readonly<Record<string, string>>;
  result: RunResult | undefined;
  busy: boolean;
}

export const runPanelStore = createStore<RunPanelState>()(() => ({ open: false, generation: -1, fetches: undefined, feeds: {}, result: undefined, busy: false }));

/** Any slice of the panel's state. */
export function useRunPanel<T>(selector: (s: RunPanelState) => T): T {
  return useStore(runPanelStore, selector);
}

/** What opening the panel may preset: the fetches and feeds by placeholder id. */
export interface OpenRunOptions {
  fetches?: string[];
  feeds?: Record<string, string>;
}

/** Opens the panel on document `generation`; a draft of another document is forgotten. */
export function openRunPanel(generation: number, options: OpenRunOptions = {}): void {
  const s = runPanelStore.getState();
  const fresh = s.generation !== generation;
  runPanelStore.setState({
    open: true,
    generation,
    fetches: options.fetches ?? (fresh ? undefined : s.fetches),
    feeds: { ...(fresh ? {} : s.feeds), ...options.feeds },
    result: fresh ? undefined : s.result,
  });
}

/** Closes the panel, keeping the draft. */
export function closeRunPanel(): void {
  runPanelStore.setState({ open: false });
}
