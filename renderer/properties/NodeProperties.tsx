/** The properties of one node: name, op doc, attrs, output types and its problems. */
import type { GraphNode } from '../../core/graph/document.ts';
import { formatShape } from '../../core/graph/shape.ts';
import { findOp } from '../../core/ops/registry.ts';
import { useAnalysis, useNodeDiagnostics } from '../store/hooks.ts';
import { PlaceholderData } from '../session/PlaceholderData.tsx';
import { DocText } from '../ui/DocText.tsx';
import { AttrField } from './AttrField.tsx';
import { NameField } from './NameField.tsx';
import { ProblemList } from './ProblemList.tsx';
import { visibleAttrs } from './visibleAttrs.ts';

/** Edits one node; fields remount when their stored value changes (undo, redo). */
export function NodeProperties({ node }: { node: GraphNode }) {
  const def = findOp(node.op);
  const types = useAnalysis().types.get(node.id);
  const problems = useNodeDiagnostics(node.id) ?? [];
  return (
    <div className="properties__body">
      <div className="properties__op" data-category={def?.category ?? 'unknown'}>
        <span className="properties__op-kind">{node.op}</span>
        {def && <span className="properties__op-category">{def.category}</span>}
      </div>
      <NameField key={node.name} node={node} />
      {def && (
        <p className="properties__doc">
          <DocText text={def.doc} />
        </p>
      )}
      {def && Object.keys(def.attrs).length > 0 && <h2 className="panel__heading">Attributes</h2>}
      {def &&
        visibleAttrs(node, def).map(([name, spec]) => {
          const value = node.attrs[name] ?? (spec.default as never);
          return <AttrField key={`${name}:${JSON.stringify(value)}`} nodeId={node.id} name={name} spec={spec} value={value} />;
        })}
      {def && def.outputs.length > 0 && (
        <>
          <h2 className="panel__heading">Outputs</h2>
          <dl className="outputs">
            {def.outputs.map((o, i) => (
              <div key={o.name} className="outputs__row">
                <dt>{o.name}</dt>
                {types?.[i] ? <dd>{`${formatShape(types[i].shape)} ${types[i].dtype}`}</dd> : <dd className="outputs__unknown">unknown until its inputs are wired</dd>}
              </div>
            ))}
          </dl>
        </>
      )}
      {node.op === 'Placeholder' && <PlaceholderData nodeId={node.id} />}
      <ProblemList diagnostics={problems} />
    </div>
  );
}
