/**
 * A layered left-to-right layout for graphs that arrive without positions
 * (imported code): each node's column is its depth (the longest path from a
 * node without inputs; those sit just before their first consumer), and
 * within a column nodes are stacked in the order of their inputs' rows, so
 * wires mostly run straight across. Models built side by side (two or more
 * top-level name scopes with inputs of their own, `model0/X` and `model1/X`)
 * each get a band of rows of their own, in the order they were built, and
 * the nodes outside them a band below, so the models' frames do not
 * interleave.
 *
 * Nodes are numbered once and every table after that is a typed array over
 * those numbers: an imported program of 50,000 nodes then costs per node what
 * one of 2,000 does, where Maps of strings and arrays of arrays cost several
 * times more per entry once they outgrow the young heap.
 */
import type { GraphDocument, Position } from '../graph/document.ts';

/** Distance between columns and between rows, in canvas units. */
export const COLUMN_WIDTH = 240;
export const ROW_HEIGHT = 110;

/** Each node's inputs as one flat list: the inputs of node i are `sources[start[i] .. start[i + 1])`, in edge order. */
interface Inputs {
  start: Int32Array;
  sources: Int32Array;
}

/** Positions by node id; nodes on a cycle go in the column after their deepest placed input. */
export function layeredLayout(doc: GraphDocument): Map<string, Position> {
  const { slot, at } = layoutTable(doc);
  const out = new Map<string, Position>();
  for (const [id, i] of slot) out.set(id, { x: at[2 * i], y: at[2 * i + 1] });
  return out;
}

/** Each node's number, and x, y of node i at `at[2i]`, `at[2i + 1]`. */
function layoutTable(doc: GraphDocument): { slot: Map<string, number>; at: Float64Array } {
  const slot = new Map<string, number>();
  for (const n of doc.nodes) if (!slot.has(n.id)) slot.set(n.id, slot.size);
  const count = slot.size;
  const wired = wiredEdges(doc, slot);
  const inputs = inputLists(count, wired);

  const depth = longestPaths(count, inputs);
  // A node without inputs (a Variable, a Constant) sits just left of its first consumer, not far off in column 0.
  const firstConsumer = new Int32Array(count).fill(-1);
  for (let e = 0; e < wired.source.length; e++) {
    const s = wired.source[e];
    const t = wired.target[e];
    if (firstConsumer[s] < 0 || depth[t] < firstConsumer[s]) firstConsumer[s] = depth[t];
  }
  for (let i = 0; i < count; i++) if (inputs.start[i] === inputs.start[i + 1] && firstConsumer[i] >= 0) depth[i] = Math.max(0, firstConsumer[i] - 1);

  const columns: number[][] = [];
  for (const n of doc.nodes) (columns[depth[slot.get(n.id)!]] ??= []).push(slot.get(n.id)!);
  const bands = modelBands(doc, slot, columns);
  const row = new Float64Array(count).fill(-1);
  const at = new Float64Array(count * 2);
  columns.forEach((ids, x) => {
    // Barycentre of the inputs' rows; nodes without placed inputs keep document order after them.
    const key = (id: number, index: number) => {
      let sum = 0;
      let placed = 0;
      for (let k = inputs.start[id]; k < inputs.start[id + 1]; k++) {
        const r = row[inputs.sources[k]];
        if (r < 0) continue;
        sum += r;
        placed++;
      }
      return placed === 0 ? index : sum / placed;
    };
    const ordered = ids.map((id, i) => ({ id, k: key(id, i), i })).sort((a, b) => bands.of[a.id] - bands.of[b.id] || a.k - b.k || a.i - b.i);
    const used = new Int32Array(bands.count);
    for (const { id } of ordered) {
      const y = bands.start[bands.of[id]] + used[bands.of[id]]++;
      row[id] = y;
      at[2 * id] = x * COLUMN_WIDTH;
      at[2 * id + 1] = y * ROW_HEIGHT;
    }
  });
  return { slot, at };
}

/** Which band of rows each node is in, and the first row of each band. */
interface Bands {
  of: Int32Array;
  start: Int32Array;
  count: number;
}

/**
 * The bands of models built side by side: when two or more top-level name
 * scopes hold a Placeholder, each such scope is a band (in the order of its
 * first node) and every other node is in the last; a band starts below the
 * tallest column of the bands above it. Otherwise one band holds everything.
 */
function modelBands(doc: GraphDocument, slot: ReadonlyMap<string, number>, columns: readonly (number[] | undefined)[]): Bands {
  const count = slot.size;
  const top = new Array<string>(count);
  const fed = new Set<string>();
  // Scopes by first appearance (a Set keeps insertion order, and an import of 50,000 nodes may have thousands).
  const order = new Set<string>();
  for (const n of doc.nodes) {
    const cut = n.name.indexOf('/');
    const scope = cut > 0 ? n.name.slice(0, cut) : '';
    top[slot.get(n.id)!] = scope;
    if (scope === '') continue;
    order.add(scope);
    if (n.op === 'Placeholder') fed.add(scope);
  }
  const models = [...order].filter((scope) => fed.has(scope));
  if (models.length < 2) return { of: new Int32Array(count), start: new Int32Array(1), count: 1 };
  const rank = new Map(models.map((scope, i) => [scope, i]));
  const of = new Int32Array(count);
  for (let i = 0; i < count; i++) of[i] = rank.get(top[i]) ?? models.length;
  const bandCount = models.length + 1;
  // Each band's height: its tallest column.
  const height = new Int32Array(bandCount);
  for (const ids of columns) {
    const inColumn = new Int32Array(bandCount);
    for (const id of ids ?? []) inColumn[of[id]]++;
    for (let b = 0; b < bandCount; b++) height[b] = Math.max(height[b], inColumn[b]);
  }
  const start = new Int32Array(bandCount);
  for (let b = 1; b < bandCount; b++) start[b] = start[b - 1] + height[b - 1];
  return { of, start, count: bandCount };
}

/** The edges whose two ends are nodes, as node numbers. */
function wiredEdges(doc: GraphDocument, slot: ReadonlyMap<string, number>): { source: Int32Array; target: Int32Array } {
  const source = new Int32Array(doc.edges.length);
  const target = new Int32Array(doc.edges.length);
  let kept = 0;
  for (const e of doc.edges) {
    const s = slot.get(e.source);
    const t = slot.get(e.target);
    if (s === undefined || t === undefined) continue;
    source[kept] = s;
    target[kept++] = t;
  }
  return { source: source.subarray(0, kept), target: target.subarray(0, kept) };
}

function inputLists(count: number, wired: { source: Int32Array; target: Int32Array }): Inputs {
  const start = new Int32Array(count + 1);
  for (const t of wired.target) start[t + 1]++;
  for (let i = 0; i < count; i++) start[i + 1] += start[i];
  const fill = start.slice(0, count);
  const sources = new Int32Array(wired.source.length);
  wired.target.forEach((t, e) => (sources[fill[t]++] = wired.source[e]));
  return { start, sources };
}

/**
 * Each node's longest path from a node without inputs, walked with an explicit
 * stack so an imported chain of any length fits. A cycle (which the validator
 * reports) is cut where it closes.
 */
function longestPaths(count: number, { start, sources }: Inputs): Int32Array {
  const depth = new Int32Array(count).fill(-1);
  const visiting = new Uint8Array(count);
  const stack: number[] = [];
  for (let root = 0; root < count; root++) {
    if (depth[root] >= 0) continue;
    stack.push(root);
    while (stack.length > 0) {
      const id = stack[stack.length - 1];
      if (depth[id] >= 0) {
        stack.pop();
        continue;
      }
      if (!visiting[id]) {
        visiting[id] = 1;
        // Reversed, so the first input is walked first.
        for (let k = start[id + 1] - 1; k >= start[id]; k--) if (depth[sources[k]] < 0 && !visiting[sources[k]]) stack.push(sources[k]);
        continue;
      }
      stack.pop();
      // An input still being visited closes a cycle: it counts as depth 0 there.
      let d = 0;
      for (let k = start[id]; k < start[id + 1]; k++) d = Math.max(d, Math.max(depth[sources[k]], 0) + 1);
      depth[id] = d;
      visiting[id] = 0;
    }
  }
  return depth;
}

/** The document with every node placed by `layeredLayout`. */
export function withLayout(doc: GraphDocument): GraphDocument {
  const positions = layeredLayout(doc);
  return { ...doc, nodes: doc.nodes.map((n) => ({ ...n, position: positions.get(n.id)! })) };
}

/** Places the document's nodes as `withLayout` does, in place: for a document the caller has just built and owns (the importer's). */
export function placeNodes(doc: GraphDocument): void {
  const { slot, at } = layoutTable(doc);
  for (const n of doc.nodes) {
    const i = slot.get(n.id)!;
    n.position = { x: at[2 * i], y: at[2 * i + 1] };
  }
}
