/** paste: inserts a fragment with fresh ids and names, keeping the links inside it. */
import type { GraphDocument, Position } from '../../../core/graph/document.ts';
import type { Fragment } from './fragment.ts';
import { idAllocator } from './ids.ts';
import { nameBase, takenNames, uniqueName } from './names.ts';
import { type CommandResult, done, refuse } from './result.ts';
import { compactVariadic } from './variadic.ts';

export interface PasteArgs {
  fragment: Fragment;
  /** Added to every pasted position. */
  offset: Position;
}

/** Pastes; the new node ids, in fragment order, are the result's value. */
export function paste(doc: GraphDocument, { fragment, offset }: PasteArgs): CommandResult<string[]> {
  if (fragment.nodes.length === 0) return refuse('there is nothing to paste');
  const inside = new Set(fragment.nodes.map((n) => n.id));
  if (inside.size !== fragment.nodes.length) return refuse('cannot paste: the copied nodes repeat an id');
  if (fragment.edges.some((e) => !inside.has(e.source) || !inside.has(e.target))) return refuse('cannot paste: a copied edge leaves the copied nodes');
  const nodeId = idAllocator('n', doc.nodes.map((n) => n.id));
  const edgeId = idAllocator('e', doc.edges.map((e) => e.id));
  const names = takenNames(doc);
  const ids = new Map<string, string>();
  const nodes = fragment.nodes.map((n) => {
    const id = nodeId();
    const name = uniqueName(names.has(n.name) ? nameBase(n.name) : n.name, names);
    ids.set(n.id, id);
    names.add(name);
    return { ...structuredClone(n), id, name, position: { x: n.position.x + offset.x, y: n.position.y + offset.y } };
  });
  const edges = fragment.edges.map((e) => ({ ...e, id: edgeId(), source: ids.get(e.source)!, target: ids.get(e.target)! }));
  const next = { ...doc, nodes: [...doc.nodes, ...nodes] };
  // A copied entry of a variadic input whose earlier entries stayed behind would leave a gap.
  return done({ ...next, edges: compactVariadic(next, [...doc.edges, ...edges], nodes.map((n) => n.id)) }, nodes.map((n) => n.id));
}

/** The offset that puts the fragment's top-left corner at `at`, on a grid of `grid` units. */
export function offsetTo(fragment: Fragment, at: Position, grid = 1): Position {
  if (fragment.nodes.length === 0) return { x: 0, y: 0 };
  const left = Math.min(...fragment.nodes.map((n) => n.position.x));
  const top = Math.min(...fragment.nodes.map((n) => n.position.y));
  return { x: Math.round((at.x - left) / grid) * grid, y: Math.round((at.y - top) / grid) * grid };
}
