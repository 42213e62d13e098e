/** Purpose-named selector hooks over the app's store, for state several components read; a one-off read is `useFlow` with its selector. */
import type { GraphAnalysis } from '../../core/graph/analyze.ts';
import type { Diagnostic } from '../../core/graph/diagnostics.ts';
import type { GraphDocument, GraphNode } from '../../core/graph/document.ts';
import { useStore } from 'zustand';
import { analysisOf, diagnosticsByNode } from './analysis.ts';
import { flowStore } from './flowStore.ts';
import type { FlowState } from './types.ts';

/** Any slice of the state; prefer the named hooks below. */
export function useFlow<T>(selector: (state: FlowState) => T): T {
  return useStore(flowStore, selector);
}

/** The open document. */
export const useDocument = (): GraphDocument => useFlow((s) => s.document);
/** Shapes, dtypes and diagnostics of the open document. */
export const useAnalysis = (): GraphAnalysis => useFlow((s) => analysisOf(s.document));
/** All diagnostics of the open document. */
export const useDiagnostics = (): Diagnostic[] => useAnalysis().diagnostics;
/** The diagnostics about one node. */
export const useNodeDiagnostics = (id: string): Diagnostic[] | undefined => useFlow((s) => diagnosticsByNode(analysisOf(s.document)).get(id));
/** Selected node ids. */
export const useSelectedNodeIds = (): readonly string[] => useFlow((s) => s.selectedNodeIds);
/** The one selected node, when exactly one is selected. */
export const useSingleSelectedNode = (): GraphNode | undefined =>
  useFlow((s) => (s.selectedNodeIds.length === 1 ? s.document.nodes.find((n) => n.id === s.selectedNodeIds[0]) : undefined));
/** The last notice (a refused edit, a failed load). */
export const useNotice = () => useFlow((s) => s.notice);
/** The document's title and file info. */
export const useFileInfo = () => useFlow((s) => s.file);
/** Whether the document differs from the last opened or saved one. */
export const useIsDirty = (): boolean => useFlow((s) => s.document !== s.savedDocument);
/** Whether Undo has anything to undo. */
export const useCanUndo = (): boolean => useStore(flowStore.temporal, (t) => t.pastStates.length > 0);
/** Whether Redo has anything to redo. */
export const useCanRedo = (): boolean => useStore(flowStore.temporal, (t) => t.futureStates.length > 0);
