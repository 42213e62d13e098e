/** One op on the canvas: name and op kind, its ports, its errors; a backward node explains itself on hover. */
import { NodeToolbar, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { RunBadge } from '../panels/RunBadge.tsx';
import { useFlow } from '../store/hooks.ts';
import type { OpFlowNode } from './flowTypes.ts';
import { NodePorts } from './NodePorts.tsx';

/** The node component React Flow renders for every document node and every backward node. */
export const OpNode = memo(function OpNode({ id, data, selected }: NodeProps<OpFlowNode>) {
  const hasError = data.errors.length > 0;
  const state = hasError ? 'error' : data.missing.length > 0 ? 'incomplete' : data.warnings.length > 0 ? 'warning' : 'ok';
  const gradient = data.gradient !== undefined;
  return (
    <div
      className={gradient ? 'op-node op-node--gradient' : 'op-node'}
      data-state={state}
      data-selected={selected}
      data-category={data.category ?? 'unknown'}
      aria-label={`${data.op} ${data.name}`}
    >
      <div className="op-node__header">
        <NodeName name={data.name} inGroup={gradient} />
        <span className="op-node__op">{data.op}</span>
      </div>
      <NodePorts nodeId={id} data={data} />
      <RunBadge nodeId={id} />
      {data.errors.map((d, i) => (
        <p className="op-node__message op-node__message--error" key={`e${i}`} title={d.fix}>
          {d.message}
        </p>
      ))}
      {!hasError && data.missing.length > 0 && <p className="op-node__message op-node__message--incomplete">Connect {data.missing.join(', ')}</p>}
      {!hasError &&
        data.missing.length === 0 &&
        data.warnings.map((d, i) => (
          <p className="op-node__message op-node__message--warning" key={`w${i}`} title={d.fix}>
            {d.message}
          </p>
        ))}
      {gradient && <GradientTip nodeId={id} text={data.gradient!} />}
    </div>
  );
});

/**
 * What a hovered gradient node differentiates, above it. Only backward nodes
 * subscribe to the hover state; the forward node it names is lit through the
 * DOM (see gradientHover.ts), so forward nodes do not re-render on hover.
 */
function GradientTip({ nodeId, text }: { nodeId: string; text: string }) {
  const hovered = useFlow((s) => s.gradientHover?.nodeId === nodeId);
  if (!hovered) return null;
  return (
    <NodeToolbar isVisible position={Position.Top} offset={8}>
      <div role="tooltip" className="gradient-tip">
        {text}
      </div>
    </NodeToolbar>
  );
}

/**
 * `layer1/W` as a muted scope and the node's own name; the scope is cut first
 * when space runs out. A backward node drops its `gradients/` prefix, which the
 * gradients group's frame already says.
 */
function NodeName({ name, inGroup }: { name: string; inGroup: boolean }) {
  const cut = name.lastIndexOf('/') + 1;
  const start = inGroup ? name.indexOf('/') + 1 : 0;
  return (
    <span className="op-node__name" title={name}>
      {cut > start && <span className="op-node__scope">{name.slice(start, cut)}</span>}
      <span className="op-node__leaf">{name.slice(cut)}</span>
    </span>
  );
}
