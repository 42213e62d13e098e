/** setAttr: sets one attribute of a node, checked against the op's spec. */
import type { AttrValue, GraphDocument } from '../../../core/graph/document.ts';
import { resolveAttrs } from '../../../core/ops/attrs.ts';
import { findOp } from '../../../core/ops/registry.ts';
import { type CommandResult, done, refuse } from './result.ts';

export interface SetAttrArgs {
  nodeId: string;
  attr: string;
  value: AttrValue;
}

/** Sets the attr; refuses an unknown attr or a value its spec rejects, with the spec's message. */
export function setAttr(doc: GraphDocument, { nodeId, attr, value }: SetAttrArgs): CommandResult {
  const node = doc.nodes.find((n) => n.id === nodeId);
  if (!node) return refuse(`cannot edit node "${nodeId}": it is not in the graph`);
  const spec = findOp(node.op)?.attrs[attr];
  if (!spec) return refuse(`${node.op} has no attribute "${attr}"`);
  const { problems } = resolveAttrs({ [attr]: spec }, { [attr]: value });
  if (problems.length > 0) return refuse(`${attr} ${problems[0].message}`);
  if (JSON.stringify(node.attrs[attr]) === JSON.stringify(value)) return done(doc);
  const copy = structuredClone(value);
  return done({ ...doc, nodes: doc.nodes.map((n) => (n === node ? { ...n, attrs: { ...n.attrs, [attr]: copy } } : n)) });
}
