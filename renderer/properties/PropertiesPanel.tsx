/** The Properties tab of the right-hand panel: the selected node's name, attrs, outputs and problems; else the document. */
import { ProblemList } from './ProblemList.tsx';
import { useAnalysis, useDocument, useSelectedNodeIds, useSingleSelectedNode } from '../store/hooks.ts';
import { NodeProperties } from './NodeProperties.tsx';

/** Shows what is selected, or the document when nothing is. */
export function PropertiesPanel() {
  const node = useSingleSelectedNode();
  const selected = useSelectedNodeIds();
  return (
    <div className="properties__tab" aria-label="Properties">
      {node ? <NodeProperties key={node.id} node={node} /> : selected.length > 1 ? <p className="panel__empty">{selected.length} nodes selected.</p> : <DocumentSummary />}
    </div>
  );
}

function DocumentSummary() {
  const doc = useDocument();
  const { diagnostics } = useAnalysis();
  return (
    <div className="properties__body">
      <h2 className="panel__heading">Document</h2>
      <p className="properties__title">{doc.meta.title}</p>
      {doc.meta.description && <p className="properties__doc">{doc.meta.description}</p>}
      <p className="panel__empty">Select a node to edit its name and attributes.</p>
      <ProblemList diagnostics={diagnostics} />
    </div>
  );
}
