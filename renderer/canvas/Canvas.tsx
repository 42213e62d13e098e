/** The React Flow canvas: state derived from the document, every change sent back as a command. */
import { Background, BackgroundVariant, Controls, MiniMap, type NodeTypes, type PanelPosition, ReactFlow, type ReactFlowState, useStore } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { actions, flowStore } from '../store/flowStore.ts';
import { useFlow } from '../store/hooks.ts';
import { ConnectTargetsContext } from './canvasContext.ts';
import { ConnectionHint } from './ConnectionHint.tsx';
import { GRID } from './dropOp.ts';
import { LiveEdgeValues } from '../panels/LiveEdgeValues.tsx';
import { onNodeMouseEnter, onNodeMouseLeave } from './gradientHover.ts';
import type { CanvasNode } from './flowTypes.ts';
import { applyEdgeChanges, applyNodeChanges } from './nodeChanges.ts';
import { OpNode } from './OpNode.tsx';
import { QuickAdd } from './QuickAdd.tsx';
import { ScopeNode } from './ScopeNode.tsx';
import { StartView } from './StartView.tsx';
import { useConnecting } from './useConnecting.ts';
import { useDropOnEdge } from './useDropOnEdge.ts';
import { useFlowElements } from './useFlowElements.ts';
import { useOpDrop } from './useOpDrop.ts';
import { RefitView } from './RefitView.tsx';
import { RevealBreakpoint } from './RevealBreakpoint.tsx';
import { type MenuAt, NodeContextMenu } from './NodeContextMenu.tsx';
import { ZoomLevel } from './ZoomLevel.tsx';
import { useQuickAddOpeners } from './useQuickAddOpeners.ts';

const NODE_TYPES: NodeTypes = { op: OpNode, scope: ScopeNode };
/** Shift-click adds to the selection as in most editors; Ctrl and Cmd as React Flow's default. */
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const SNAP_GRID: [number, number] = [GRID, GRID];
/**
 * Past this many nodes only those in view are in the DOM: an edit then
 * re-lays out a few dozen nodes instead of hundreds (the 500-node benchmark's
 * edit-to-label time drops about fourfold). Smaller graphs keep every node
 * mounted, which panning prefers.
 */
const LARGE_GRAPH = 200;

/** Frames show as outlines on the minimap, so they do not hide the nodes inside them. */
const minimapClass = (n: CanvasNode) => (n.type === 'scope' ? (n.data.collapsed ? 'minimap-box' : 'minimap-frame') : n.data.gradient !== undefined ? 'minimap-gradient' : '');

/** The minimap's size, and React Flow's margin of a panel from the pane's edges. */
const MINIMAP = { width: 168, height: 112, margin: 15 };
/** Pane heights below this hide the minimap. */
const MINIMAP_MIN_PANE = 3 * MINIMAP.height;
/** Corners it may take; the bottom left holds the controls. */
const MINIMAP_CORNERS: PanelPosition[] = ['bottom-right', 'top-right', 'top-left'];

/** The corner of the pane where the minimap hides the fewest nodes on screen (the first such corner on a tie). */
function minimapCorner(s: ReactFlowState): PanelPosition {
  const [tx, ty, zoom] = s.transform;
  const covered = (corner: PanelPosition) => {
    const left = corner.endsWith('left') ? MINIMAP.margin : s.width - MINIMAP.margin - MINIMAP.width;
    const top = corner.startsWith('top') ? MINIMAP.margin : s.height - MINIMAP.margin - MINIMAP.height;
    let count = 0;
    for (const n of s.nodeLookup.values()) {
      const x = tx + n.internals.positionAbsolute.x * zoom;
      const y = ty + n.internals.positionAbsolute.y * zoom;
      const w = (n.measured.width ?? 0) * zoom;
      const h = (n.measured.height ?? 0) * zoom;
      if (x < left + MINIMAP.width && x + w > left && y < top + MINIMAP.height && y + h > top) count++;
    }
    return count;
  };
  let best = MINIMAP_CORNERS[0];
  let fewest = covered(best);
  for (const corner of MINIMAP_CORNERS.slice(1)) {
    if (fewest === 0) break;
    const count = covered(corner);
    if (count < fewest) [best, fewest] = [corner, count];
  }
  return best;
}

/** Whether every node is inside the pane as it is zoomed and panned. */
function allInView(s: ReactFlowState): boolean {
  const [tx, ty, zoom] = s.transform;
  for (const n of s.nodeLookup.values()) {
    const x = tx + n.internals.positionAbsolute.x * zoom;
    const y = ty + n.internals.positionAbsolute.y * zoom;
    if (x < 0 || y < 0 || x + (n.measured.width ?? 0) * zoom > s.width || y + (n.measured.height ?? 0) * zoom > s.height) return false;
  }
  return true;
}

/**
 * The minimap in the pane's corner clear of the graph: the pane shrinks when
 * the training dock opens, which brought the bottom corner over the nodes.
 */
function PlacedMiniMap() {
  const corner = useStore(minimapCorner);
  // On a short canvas (a small window with the dock open) the minimap would cover a third of it;
  // with the whole graph in view it shows nothing the canvas does not, and only hides nodes.
  const hidden = useStore((s) => s.height < MINIMAP_MIN_PANE || allInView(s));
  if (hidden) return null;
  return <MiniMap position={corner} pannable zoomable ariaLabel="Minimap" style={{ width: MINIMAP.width, height: MINIMAP.height }} nodeClassName={minimapClass} />;
}

/** The canvas in the middle of the window. */
export function Canvas() {
  const { nodes, edges, gradients } = useFlowElements();
  const generation = useFlow((s) => s.generation);
  const theme = useFlow((s) => s.theme);
  const snap = useFlow((s) => s.snapToGrid);
  const exporting = useFlow((s) => s.exporting);
  const [ready, setReady] = useState<number | undefined>();
  const onReady = useCallback(() => setReady(generation), [generation]);
  const connecting = useConnecting();
  const dropOnEdge = useDropOnEdge();
  const drop = useOpDrop();
  const openers = useQuickAddOpeners();
  const connectTargets = useFlow((s) => s.connectTargets);
  const [menu, setMenu] = useState<MenuAt | undefined>();
  const closeMenu = useCallback(() => setMenu(undefined), []);

  return (
    <main className="canvas" aria-label="Graph canvas" data-ready={ready === generation || undefined} data-connecting={connectTargets !== undefined || undefined} {...drop} {...openers}>
      <ConnectTargetsContext value={connectTargets}>
      <ReactFlow<CanvasNode>
        // A newly opened document gets a fresh viewport, set by StartView.
        key={generation}
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        onNodesChange={(changes) => applyNodeChanges(changes, flowStore, actions)}
        onEdgesChange={(changes) => applyEdgeChanges(changes, flowStore)}
        {...connecting}
        {...dropOnEdge}
        onNodeMouseEnter={onNodeMouseEnter}
        onNodeMouseLeave={onNodeMouseLeave}
        onNodeContextMenu={(event, node) => {
          // Backward nodes are derived, read-only: no breakpoints of their own (set one on the forward node's gradient).
          if (node.type !== 'op' || node.data.gradient !== undefined) return;
          event.preventDefault();
          setMenu({ nodeId: node.id, x: event.clientX, y: event.clientY });
        }}
        deleteKeyCode={null}
        // Space opens quick-add here, so it does not pan; dragging the empty canvas pans.
        panActivationKeyCode={null}
        zoomOnDoubleClick={false}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        selectionKeyCode="Shift"
        snapToGrid={snap}
        snapGrid={SNAP_GRID}
        minZoom={0.1}
        onlyRenderVisibleElements={nodes.length > LARGE_GRAPH && !exporting}
        colorMode={theme}
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID} size={1.2} />
        <PlacedMiniMap />
        <Controls />
        <ConnectionHint />
        <LiveEdgeValues />
        <StartView onReady={onReady} />
        <ZoomLevel />
        <RefitView />
        <RevealBreakpoint />
      </ReactFlow>
      </ConnectTargetsContext>
      <QuickAdd />
      {menu && <NodeContextMenu at={menu} close={closeMenu} />}
      {gradients && !gradients.ok && (
        <p className="canvas__banner" role="note">
          Gradients hidden: {gradients.reason}
        </p>
      )}
    </main>
  );
}
