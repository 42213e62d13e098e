/** One op on the canvas: name and op kind, input ports left, output ports (with shapes) right, and its errors. */
import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { OpFlowNode } from './flowTypes.ts';

/** The node component React Flow renders for every document node. */
export const OpNode = memo(function OpNode({ data, selected }: NodeProps<OpFlowNode>) {
  const hasError = data.errors.length > 0;
  const rows = Math.max(data.inputs.length, data.outputs.length);
  const state = hasError ? 'error' : data.missing.length > 0 ? 'incomplete' : data.warnings.length > 0 ? 'warning' : 'ok';
  return (
    <div
      className={data.gradient ? 'op-node op-node--gradient' : 'op-node'}
      data-state={state}
      data-selected={selected}
      data-category={data.category ?? 'unknown'}
      aria-label={`${data.op} ${data.name}`}
      title={data.gradient}
    >
      <div className="op-node__header">
        <NodeName name={data.name} />
        <span className="op-node__op">{data.op}</span>
      </div>
      {rows > 0 && (
        <div className="op-node__ports">
          {Array.from({ length: rows }, (_, i) => (
            <div className="op-node__row" key={i}>
              <PortIn port={data.inputs[i]} />
              <PortOut port={data.outputs[i]} />
            </div>
          ))}
        </div>
      )}
      {data.errors.map((d, i) => (
        <p className="op-node__message op-node__message--error" key={`e${i}`} title={d.fix}>
          {d.message}
        </p>
      ))}
      {!hasError && data.missing.length > 0 && <p className="op-node__message op-node__message--incomplete">Connect {data.missing.join(', ')}</p>}
      {!hasError && data.missing.length === 0 && data.warnings.map((d, i) => (
        <p className="op-node__message op-node__message--warning" key={`w${i}`} title={d.fix}>
          {d.message}
        </p>
      ))}
    </div>
  );
});

/** `layer1/W` as a muted scope and the node's own name; the scope is cut first when space runs out. */
function NodeName({ name }: { name: string }) {
  const cut = name.lastIndexOf('/') + 1;
  return (
    <span className="op-node__name" title={name}>
      {cut > 0 && <span className="op-node__scope">{name.slice(0, cut)}</span>}
      <span className="op-node__leaf">{name.slice(cut)}</span>
    </span>
  );
}

function PortIn({ port }: { port: OpFlowNode['data']['inputs'][number] | undefined }) {
  if (!port) return <span />;
  return (
    <span className="op-node__port op-node__port--in">
      <Handle type="target" position={Position.Left} id={port.slot} className="op-node__handle" />
      {port.label}
    </span>
  );
}

function PortOut({ port }: { port: OpFlowNode['data']['outputs'][number] | undefined }) {
  if (!port) return <span />;
  return (
    <span className="op-node__port op-node__port--out">
      <span className="op-node__shape" title={port.shape ? `${port.shape} ${port.dtype}` : 'shape unknown'}>{port.shape || '?'}</span>
      {port.name}
      <Handle type="source" position={Position.Right} id={port.name} className="op-node__handle" />
    </span>
  );
}
