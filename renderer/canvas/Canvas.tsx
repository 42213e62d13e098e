/** The React Flow canvas: state derived from the document, every change sent back as a command. */
import { Background, BackgroundVariant, Controls, MiniMap, type NodeTypes, ReactFlow } from '@xyflow/react';
import { actions, flowStore } from '../store/flowStore.ts';
import { useFlow } from '../store/hooks.ts';
import { GRID } from './dropOp.ts';
import { applyEdgeChanges, applyNodeChanges } from './nodeChanges.ts';
import { OpNode } from './OpNode.tsx';
import { useConnecting } from './useConnecting.ts';
import { useFitOnToggle } from './useFitOnToggle.ts';
import { useFlowElements } from './useFlowElements.ts';
import { useOpDrop } from './useOpDrop.ts';

const NODE_TYPES: NodeTypes = { op: OpNode };
/** Shift-click adds to the selection as in most editors; Ctrl and Cmd as React Flow's default. */
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
/** The first view of a graph: all of it, clear of the zoom controls on the left, never magnified. */
const FIT_VIEW = { padding: { top: '32px', right: '32px', bottom: '32px', left: '72px' }, maxZoom: 1 } as const;

/** The canvas in the middle of the window. */
export function Canvas() {
  const { nodes, edges, gradients } = useFlowElements();
  const generation = useFlow((s) => s.generation);
  const theme = useFlow((s) => s.theme);
  const showGradients = useFlow((s) => s.showGradients);
  const connecting = useConnecting();
  const drop = useOpDrop();
  useFitOnToggle(showGradients, FIT_VIEW);

  return (
    <main className="canvas" aria-label="Graph canvas" {...drop}>
      <ReactFlow
        // A newly opened document gets a fresh viewport, fitted to it.
        key={generation}
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        onNodesChange={(changes) => applyNodeChanges(changes, flowStore, actions)}
        onEdgesChange={(changes) => applyEdgeChanges(changes, flowStore)}
        {...connecting}
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        snapToGrid
        snapGrid={[GRID, GRID]}
        fitView
        fitViewOptions={FIT_VIEW}
        minZoom={0.1}
        colorMode={theme}
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID} size={1.2} />
        <MiniMap pannable zoomable ariaLabel="Minimap" style={{ width: 168, height: 112 }} />
        <Controls />
      </ReactFlow>
      {gradients && !gradients.ok && (
        <p className="canvas__banner" role="note">
          Gradients hidden: {gradients.reason}
        </p>
      )}
    </main>
  );
}
