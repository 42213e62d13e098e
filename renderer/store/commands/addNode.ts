/** addNode: a new node of an op kind, with the op's default attrs and a TF1-style unique name. */
import type { Attrs, AttrValue, GraphDocument, Position } from '../../../core/graph/document.ts';
import type { OpDef } from '../../../core/ops/opDef.ts';
import { findOp } from '../../../core/ops/registry.ts';
import { idAllocator } from './ids.ts';
import { nameProblem, takenNames, uniqueName } from './names.ts';
import { type CommandResult, done, refuse } from './result.ts';

export interface AddNodeArgs {
  op: string;
  position: Position;
  /** Defaults to the op kind; made unique either way. */
  name?: string;
}

/** Adds one node; its id is the result's value. */
export function addNode(doc: GraphDocument, { op, position, name }: AddNodeArgs): CommandResult<string> {
  const def = findOp(op);
  if (!def) return refuse(`there is no op called "${op}"`);
  if (def.category === 'internal') return refuse(`${op} is made by autodiff and training, not placed by hand`);
  const base = name ?? op;
  const problem = nameProblem(base);
  if (problem) return refuse(problem);
  const id = idAllocator('n', doc.nodes.map((n) => n.id))();
  const node = { id, op, name: uniqueName(base, takenNames(doc)), attrs: defaultAttrs(def), position: { x: position.x, y: position.y } };
  return done({ ...doc, nodes: [...doc.nodes, node] }, id);
}

/** Every attr at its default, copied so nodes never share a nested value. */
export function defaultAttrs(def: OpDef): Attrs {
  const attrs: Attrs = {};
  for (const [name, spec] of Object.entries(def.attrs)) attrs[name] = structuredClone(spec.default) as AttrValue;
  return attrs;
}
