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

  const depth = longestPaths(doc.nodes.map((n) => n.id), inputs);
  // A node without inputs (a Variable, a Constant) sits just left of its first consumer, not far off in column 0.
  const consumers = new Map<string, string[]>();
  for (const e of doc.edges) if (depth.has(e.source) && depth.has(e.target)) (consumers.get(e.source) ?? consumers.set(e.source, []).get(e.source)!).push(e.target);
  for (const n of doc.nodes) {
    const after = consumers.get(n.id);
    if (inputs.get(n.id)!.length === 0 && after) depth.set(n.id, Math.max(0, after.reduce((m, t) => Math.min(m, depth.get(t)!), Infinity) - 1));
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

/**
 * Each node's longest path from a node without inputs, walked with an explicit
 * stack so an imported chain of any length fits. A cycle (which the validator
 * reports) is cut where it closes.
 */
function longestPaths(ids: readonly string[], inputs: ReadonlyMap<string, string[]>): Map<string, number> {
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  for (const root of ids) {
    if (depth.has(root)) continue;
    const stack = [root];
    while (stack.length > 0) {
      const id = stack[stack.length - 1];
      if (depth.has(id)) {
        stack.pop();
        continue;
      }
      const srcs = inputs.get(id)!;
      if (!visiting.has(id)) {
        visiting.add(id);
        // Reversed, so the first input is walked first.
        for (let i = srcs.length - 1; i >= 0; i--) if (!depth.has(srcs[i]) && !visiting.has(srcs[i])) stack.push(srcs[i]);
        continue;
      }
      stack.pop();
      // An input still being visited closes a cycle: it counts as depth 0 there.
      let d = 0;
      for (const src of srcs) d = Math.max(d, (depth.get(src) ?? 0) + 1);
      depth.set(id, d);
      visiting.delete(id);
    }
  }
  return depth;
}

/** The document with every node placed by `layeredLayout`. */
export function withLayout(doc: GraphDocument): GraphDocument {
  const positions = layeredLayout(doc);
  return { ...doc, nodes: doc.nodes.map((n) => ({ ...n, position: positions.get(n.id)! })) };
}
