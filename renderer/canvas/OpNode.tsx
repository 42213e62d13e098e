/** One op on the canvas: name and op kind, its ports, its errors; a backward node explains itself on hover. */
import type { NodeProps } from '@xyflow/react';
import { Fragment, memo, useCallback } from 'react';
import { RunBadge } from '../panels/RunBadge.tsx';
import { BreakpointMarker } from './BreakpointMarker.tsx';
import { WatchMarker } from './WatchMarker.tsx';
import { useFlow } from '../store/hooks.ts';
import type { OpFlowNode } from './flowTypes.ts';
import { FloatingTip } from './FloatingTip.tsx';
import { farLabel, wordPieces } from './nameParts.ts';
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
      data-differentiates={data.differentiates}
      title={data.cost}
    >
      <div className="op-node__header">
        <NodeName name={data.name} inGroup={gradient} />
        <span className="op-node__op">{data.op}</span>
      </div>
      <NodePorts nodeId={id} data={data} />
      <RunBadge nodeId={id} />
      {!gradient && <BreakpointMarker nodeId={id} />}
      {!gradient && <WatchMarker nodeId={id} name={data.name} />}
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
      <span className="op-node__far" aria-hidden>
        <Pieces text={farLabel(data.name, data.op, gradient)} />
      </span>
    </div>
  );
});

/**
 * What a hovered gradient node differentiates, above it (below when it is at
 * the top of the window), over every panel. Only backward nodes
 * subscribe to the hover state; the forward node it names is lit through the
 * DOM (see gradientHover.ts), so forward nodes do not re-render on hover.
 */
function GradientTip({ nodeId, text }: { nodeId: string; text: string }) {
  const hovered = useFlow((s) => s.gradientHover?.nodeId === nodeId);
  const anchor = useCallback(() => document.querySelector(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`), [nodeId]);
  if (!hovered) return null;
  return (
    <FloatingTip anchor={anchor} className="gradient-tip">
      {text}
    </FloatingTip>
  );
}

/**
 * `layer1/W` as a muted scope and the node's own name, whole: a long name
 * wraps onto more lines only where words meet. A backward node drops its
 * `gradients/` prefix, which the gradients group's frame already says.
 */
function NodeName({ name, inGroup }: { name: string; inGroup: boolean }) {
  const cut = name.lastIndexOf('/') + 1;
  const start = inGroup ? name.indexOf('/') + 1 : 0;
  return (
    <span className="op-node__name" title={name}>
      {cut > start && (
        <span className="op-node__scope">
          <Pieces text={name.slice(start, cut)} camel={false} />
        </span>
      )}
      <span className="op-node__leaf">
        <Pieces text={name.slice(cut)} camel={false} />
      </span>
    </span>
  );
}

/** Text with a line-break opportunity after each word piece. */
function Pieces({ text, camel = true }: { text: string; camel?: boolean }) {
  return wordPieces(text, camel).map((piece, i) => (
    <Fragment key={i}>
      {piece}
      <wbr />
    </Fragment>
  ));
}
