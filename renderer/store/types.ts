/**
 * The store's state: one zustand store composed from typed slices (zustand's
 * slices pattern). Only the document is undoable; selection, UI and canvas
 * view state are not.
 */
import type { StateCreator, StoreApi } from 'zustand';
import type { TemporalState } from 'zundo';
import type { CanvasSlice } from './canvasSlice.ts';
import type { DocumentSlice } from './documentSlice.ts';
import type { RunSlice } from './runSlice.ts';
import type { SelectionSlice } from './selectionSlice.ts';
import type { SweepSlice } from './sweepSlice.ts';
import type { UiSlice } from './uiSlice.ts';

export type FlowState = DocumentSlice & SelectionSlice & UiSlice & CanvasSlice & RunSlice & SweepSlice;

/** What the undo history records. */
export type Tracked = Pick<FlowState, 'document'>;

/** A slice of the store, seeing the whole state; zundo types its mutator as unknown inside the config. */
export type Slice<T> = StateCreator<FlowState, [['temporal', unknown]], [], T>;

/** The undo history store zundo attaches as `store.temporal`. */
export type TemporalStore = StoreApi<TemporalState<Tracked>>;
