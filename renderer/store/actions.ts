/**
 * What the UI calls to edit: each action runs one command through the store,
 * then updates the selection or reports a refusal as a notice. Components call
 * these, never a command on a document directly.
 */
import type { BreakpointCondition, ProbedTensor, WatchStat } from '../../core/graph/debug.ts';
import { addBreakpoint, removeBreakpoint, setBreakpointEnabled } from './commands/breakpoints.ts';
import { addWatch, removeWatch } from './commands/watches.ts';
import type { AttrValue, Position } from '../../core/graph/document.ts';
import type { RunSettings } from '../training/protocol.ts';
import { addFetch, type AddFetchArgs } from './commands/addFetch.ts';
import { bindData, type BindDataArgs } from './commands/bindData.ts';
import { editFetch, type EditFetchArgs } from './commands/editFetch.ts';
import { removeFetch } from './commands/removeFetch.ts';
import { addImageSummary, type AddImageSummaryArgs, editImageSummary, type EditImageSummaryArgs, removeImageSummary } from './commands/imageSummaries.ts';
import { setRunSettings } from './commands/setRunSettings.ts';
import { setTrainTarget } from './commands/setTrainTarget.ts';
import { setSweep } from './commands/setSweep.ts';
import { recordSweepResults } from './commands/sweepResults.ts';
import type { SweepDefinition } from '../../core/sweep/sweep.ts';
import type { SweepResults } from '../../core/sweep/sweepResults.ts';
import { addNode } from './commands/addNode.ts';
import { addWiredNode, type PortRef } from './commands/addWiredNode.ts';
import { autoLayout } from './commands/autoLayout.ts';
import { connect, type ConnectArgs } from './commands/connect.ts';
import { deleteSelection } from './commands/deleteSelection.ts';
import { disconnect } from './commands/disconnect.ts';
import { duplicate } from './commands/duplicate.ts';
import { copyFragment } from './commands/fragment.ts';
import { addNodeOnEdge, insertOnEdge } from './commands/insertOnEdge.ts';
import { moveNodes } from './commands/moveNodes.ts';
import { offsetTo, paste } from './commands/paste.ts';
import { renameNode } from './commands/renameNode.ts';
import type { CommandResult } from './commands/result.ts';
import { setAttr } from './commands/setAttr.ts';
import { checkConnection } from './connectionCheck.ts';
import type { FlowStore } from './createFlowStore.ts';
import { redo, undo } from './history.ts';

/** Where duplicates and pastes land relative to their originals. */
export const PASTE_OFFSET: Position = { x: 40, y: 40 };

export type Actions = ReturnType<typeof createActions>;

/** Pasted nodes' positions are kept on this grid (the canvas's snap grid). */
const PASTE_GRID = 20;

/** The editing actions bound to one store. */
export function createActions(store: FlowStore) {
  const s = () => store.getState();
  /** Where the last paste was asked to land, so pasting again there cascades instead of stacking. */
  let lastPasteAt: Position | undefined;
  /** Clears a stale notice on success; shows the reason on refusal. */
  const report = <T>(result: CommandResult<T>): CommandResult<T> => {
    s().setNotice(result.ok ? undefined : { kind: 'error', text: result.error });
    return result;
  };
  /** Selects a node just added and shows its properties, where its name and attrs are edited next. */
  const showAdded = (nodeId: string) => {
    s().select([nodeId]);
    s().setRightTab('properties');
  };
  return {
    addNode(op: string, position: Position) {
      const r = report(s().apply(addNode, { op, position }));
      if (r.ok) showAdded(r.value);
      return r;
    },
    /** Adds a node wired to the port a link was dragged from, when a port of it fits; says so when none does. */
    addWiredNode(op: string, position: Position, from: PortRef) {
      const r = report(s().apply(addWiredNode, { op, position, from }));
      if (!r.ok) return r;
      showAdded(r.value.nodeId);
      if (r.value.unwired) s().setNotice({ kind: 'info', text: `Added ${op} without a link: ${r.value.unwired}` });
      return r;
    },
    /** Adds a node into a link; when the shapes do not fit it is added beside the link instead, saying why. */
    addNodeOnEdge(op: string, position: Position, edgeId: string) {
      const r = s().apply(addNodeOnEdge, { op, position, edgeId });
      if (r.ok) {
        s().setNotice(undefined);
        showAdded(r.value);
        return r;
      }
      const plain = report(s().apply(addNode, { op, position }));
      if (plain.ok) {
        showAdded(plain.value);
        s().setNotice({ kind: 'error', text: `Not inserted into the link: ${r.error}` });
      }
      return plain;
    },
    /** Splices an unconnected node into a link; on refusal the node stays where it was dropped. */
    insertOnEdge(nodeId: string, edgeId: string, position?: Position) {
      const r = s().apply(insertOnEdge, { nodeId, edgeId, position });
      s().setNotice(r.ok ? undefined : { kind: 'error', text: `Not inserted into the link: ${r.error}` });
      return r;
    },
    moveNodes: (positions: Record<string, Position>) => report(s().apply(moveNodes, { positions })),
    /** Lays the graph out left to right using the nodes' measured sizes. */
    autoLayout: () => report(s().apply(autoLayout, { sizes: s().measured })),
    /** Selects every node of the document (never the read-only gradient nodes, which are not in it). */
    selectAll: () => s().select(s().document.nodes.map((n) => n.id)),
    /** Connects unless the link is refused outright or would give its target a shape or dtype error. */
    connect(args: ConnectArgs): CommandResult<string> {
      const check = checkConnection(s().document, args);
      return report(check.ok ? s().apply(connect, args) : { ok: false, error: check.reason });
    },
    disconnect: (edgeIds: readonly string[]) => report(s().apply(disconnect, { edgeIds })),
    renameNode: (nodeId: string, name: string) => report(s().apply(renameNode, { nodeId, name })),
    setAttr: (nodeId: string, attr: string, value: AttrValue) => report(s().apply(setAttr, { nodeId, attr, value })),
    deleteSelection() {
      const r = report(s().apply(deleteSelection, { nodeIds: s().selectedNodeIds, edgeIds: s().selectedEdgeIds }));
      if (r.ok) s().select([]);
      return r;
    },
    duplicateSelection() {
      const r = report(s().apply(duplicate, { nodeIds: s().selectedNodeIds, offset: PASTE_OFFSET }));
      if (r.ok) s().select(r.value);
      return r;
    },
    /** Copies the selected nodes to the app's clipboard; returns how many. */
    copySelection(): number {
      const fragment = copyFragment(s().document, s().selectedNodeIds);
      if (fragment.nodes.length > 0) s().setClipboard(fragment);
      return fragment.nodes.length;
    },
    /** Pastes with the copy's top-left corner at `at` (the pointer, in canvas units), or beside the originals without it. */
    pasteClipboard(at?: Position) {
      const fragment = s().clipboard ?? { nodes: [], edges: [] };
      // Pasting again at the same spot puts each copy one step further, as in most editors.
      const again = at !== undefined && lastPasteAt !== undefined && at.x === lastPasteAt.x && at.y === lastPasteAt.y;
      const offset = at === undefined || again ? PASTE_OFFSET : offsetTo(fragment, at, PASTE_GRID);
      lastPasteAt = at;
      const r = report(s().apply(paste, { fragment, offset }));
      if (r.ok) {
        s().select(r.value);
        // The next paste lands one step further, as in most editors.
        s().setClipboard(copyFragment(s().document, r.value));
      }
      return r;
    },
    /** Session: how long and how Train trains. */
    setRunSettings: (change: Partial<RunSettings>) => report(s().apply(setRunSettings, change)),
    /** Session: the Minimize node Train runs. */
    setTrainTarget: (nodeId: string) => report(s().apply(setTrainTarget, { nodeId })),
    setSweep: (sweep: SweepDefinition | undefined) => report(s().apply(setSweep, sweep)),
    recordSweepResults: (results: SweepResults | undefined) => report(s().apply(recordSweepResults, results)),
    /** Session: binds (or with null unbinds) data to Placeholders, all or nothing. */
    bindData: (args: BindDataArgs) => report(s().apply(bindData, args)),
    addFetch: (args: AddFetchArgs) => report(s().apply(addFetch, args)),
    editFetch: (args: EditFetchArgs) => report(s().apply(editFetch, args)),
    removeFetch: (index: number) => report(s().apply(removeFetch, { index })),
    /** Session: a node's value drawn in the Images panel, relabelled or kept fewer or more images of, and no longer. */
    addImageSummary: (args: AddImageSummaryArgs) => report(s().apply(addImageSummary, args)),
    editImageSummary: (args: EditImageSummaryArgs) => report(s().apply(editImageSummary, args)),
    removeImageSummary: (index: number) => report(s().apply(removeImageSummary, { index })),
    /** Debug: a breakpoint on a node (returns its id), enabled or not, removed. */
    addBreakpoint: (nodeId: string, condition: BreakpointCondition) => report(s().apply(addBreakpoint, { nodeId, condition })),
    setBreakpointEnabled: (id: string, enabled: boolean) => report(s().apply(setBreakpointEnabled, { id, enabled })),
    removeBreakpoint: (id: string) => report(s().apply(removeBreakpoint, { id })),
    addWatch: (nodeId: string, of: ProbedTensor, stat: WatchStat) => report(s().apply(addWatch, { nodeId, of, stat })),
    removeWatch: (id: string) => report(s().apply(removeWatch, { id })),
    undo: () => undo(store),
    redo: () => redo(store),
  };
}
