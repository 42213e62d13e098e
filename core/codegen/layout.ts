/**
 * A layered left-to-right layout for graphs that arrive without positions
 * (imported code): each node's column is its depth (the longest path from a
 * node without inputs; those sit just before their first consumer), and
 * within a column nodes are stacked in the order of their inputs' rows, so
 * wires mostly run straight across.
 */
import type { GraphDocument, Position } from '../graph/document.ts';

/** Distance between columns and between rows, in canvas units. */
export const COLUMN_WIDTH = 240;
export const ROW_HEIGHT = 110;

/** Positions by node id; nodes on a cycle go in the column after their deepest placed input. */
export function layeredLayout(doc: GraphDocument): Map<string, Position> {
  const inputs = new Map<string, string[]>(doc.nodes.map((n) => [n.id, []]));
  for (const e of doc.edges) if (inputs.has(e.source)) inputs.get(e.target)?.push(e.source);

  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    // A cycle (which the validator reports) is cut where it closes.
    if (visiting.has(id)) return 0;
    visiting.add(id);
    const d = Math.max(-1, ...inputs.get(id)!.map(depthOf)) + 1;
    visiting.delete(id);
    depth.set(id, d);
    return d;
  };
  doc.nodes.forEach((n) => depthOf(n.id));
  // A node without inputs (a Variable, a Constant) sits just left of its first consumer, not far off in column 0.
  const consumers = new Map<string, string[]>();
  for (const e of doc.edges) if (depth.has(e.source) && depth.has(e.target)) (consumers.get(e.source) ?? consumers.set(e.source, []).get(e.source)!).push(e.target);
  for (const n of doc.nodes) {
    const after = consumers.get(n.id);
    if (inputs.get(n.id)!.length === 0 && after) depth.set(n.id, Math.max(0, Math.min(...after.map((t) => depth.get(t)!)) - 1));
  }

  const columns: string[][] = [];
  doc.nodes.forEach((n) => (columns[depth.get(n.id)!] ??= []).push(n.id));
  const row = new Map<string, number>();
  const out = new Map<string, Position>();
  columns.forEach((ids, x) => {
    // Barycentre of the inputs' rows; nodes without placed inputs keep document order after them.
    const key = (id: string, index: number) => {
      const rows = inputs.get(id)!.map((s) => row.get(s)).filter((r): r is number => r !== undefined);
      return rows.length === 0 ? index : rows.reduce((a, b) => a + b, 0) / rows.length;
    };
    const ordered = ids.map((id, i) => ({ id, k: key(id, i), i })).sort((a, b) => a.k - b.k || a.i - b.i);
    ordered.forEach(({ id }, y) => {
      row.set(id, y);
      out.set(id, { x: x * COLUMN_WIDTH, y: y * ROW_HEIGHT });
    });
  });
  return out;
}

/** The document with every node placed by `layeredLayout`. */
export function withLayout(doc: GraphDocument): GraphDocument {
  const positions = layeredLayout(doc);
  return { ...doc, nodes: doc.nodes.map((n) => ({ ...n, position: positions.get(n.id)! })) };
}
