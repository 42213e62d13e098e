/**
 * A node's port rows: inputs left, outputs (with their shapes) right; while a
 * link is dragged, ports it fits are lit and the rest dimmed. A backward node
 * is mirrored (inputs right, outputs left), as the backward pass flows from
 * the loss on the right back to the inputs on the left.
 */
import { Handle, Position } from '@xyflow/react';
import { useFits } from './canvasContext.ts';
import type { OpNodeData } from './flowTypes.ts';

/** The port rows of one node. */
export function NodePorts({ nodeId, data }: { nodeId: string; data: OpNodeData }) {
  const rows = Math.max(data.inputs.length, data.outputs.length);
  if (rows === 0) return null;
  const mirrored = data.gradient !== undefined;
  return (
    <div className="op-node__ports" data-mirrored={mirrored || undefined}>
      {Array.from({ length: rows }, (_, i) => (
        <div className="op-node__row" key={i}>
          <PortIn nodeId={nodeId} port={data.inputs[i]} side={mirrored ? Position.Right : Position.Left} />
          <PortOut nodeId={nodeId} port={data.outputs[i]} side={mirrored ? Position.Left : Position.Right} />
        </div>
      ))}
    </div>
  );
}

function PortIn({ nodeId, port, side }: { nodeId: string; port: OpNodeData['inputs'][number] | undefined; side: Position }) {
  const fits = useFits(nodeId, port?.slot ?? '');
  if (!port) return <span />;
  return (
    <span className="op-node__port op-node__port--in">
      <Handle type="target" position={side} id={port.slot} className="op-node__handle" data-fits={fits} />
      {port.label}
    </span>
  );
}

function PortOut({ nodeId, port, side }: { nodeId: string; port: OpNodeData['outputs'][number] | undefined; side: Position }) {
  const fits = useFits(nodeId, port?.name ?? '');
  if (!port) return <span />;
  return (
    <span className="op-node__port op-node__port--out">
      <span className="op-node__shape" title={port.shape ? `${port.shape} ${port.dtype}` : 'shape unknown'}>
        {port.shape || '?'}
      </span>
      {port.name}
      <Handle type="source" position={side} id={port.name} className="op-node__handle" data-fits={fits} />
    </span>
  );
}
