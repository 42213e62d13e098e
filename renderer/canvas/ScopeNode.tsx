/** A name scope on the canvas: a titled frame around its nodes, or, collapsed, one box standing for them. */
import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { flowStore } from '../store/flowStore.ts';
import type { ScopeFlowNode } from './flowTypes.ts';
import { toggleScope } from './toggleScope.ts';

/** The node component for scope frames and boxes. */
export const ScopeNode = memo(function ScopeNode({ data }: NodeProps<ScopeFlowNode>) {
  const toggle = () => toggleScope(flowStore, data.key);
  const what = data.gradients ? 'the gradients' : `scope ${data.label}`;
  const count = `${data.count} node${data.count === 1 ? '' : 's'}`;
  if (!data.collapsed)
    return (
      <div className="scope-frame" data-gradients={data.gradients || undefined} data-outline={data.outline ? true : undefined}>
        {data.outline && (
          <svg className="scope-frame__outline" aria-hidden>
            <path d={data.outline} fillRule="evenodd" />
          </svg>
        )}
        <div className="scope-frame__header">
          <button type="button" className="scope__toggle nodrag nopan" aria-expanded aria-label={`Collapse ${what}`} title={`Collapse ${what} into one box`} onClick={toggle}>
            ▾
          </button>
          <span className="scope__label">{data.label}</span>
          <span className="scope__count">{count}</span>
        </div>
      </div>
    );
  return (
    <div className="scope-box" data-gradients={data.gradients || undefined} onDoubleClick={toggle} aria-label={`${data.label}, ${count}, collapsed`}>
      <Handle type="target" position={Position.Left} id="in" isConnectable={false} className="scope-box__handle" />
      <button type="button" className="scope__toggle nodrag nopan" aria-expanded={false} aria-label={`Expand ${what}`} title={`Expand ${what}`} onClick={toggle}>
        ▸
      </button>
      <span className="scope-box__text">
        <span className="scope__label">{data.label}</span>
        <span className="scope__count">{count}</span>
      </span>
      <Handle type="source" position={Position.Right} id="out" isConnectable={false} className="scope-box__handle" />
    </div>
  );
});
