/**
 * Writes a document as stable, diff-friendly JSON: keys sorted, nodes by id,
 * edges by where they land, two-space indent, short values kept on one line.
 * Saving the same graph twice gives the same bytes.
 */
import type { GraphDocument, GraphEdge, GraphNode } from './document.ts';

/** Lines up to this width keep a short object or list on one line. */
const WIDTH = 120;

/** The document as `*.flow.json` text, ending in a newline. */
export function saveDocument(doc: GraphDocument): string {
  return `${write(canonicalOrder(doc), '')}\n`;
}

/** A shallow copy with nodes sorted by id and edges by (target, targetInput, id): the order files are saved in. */
export function canonicalOrder(doc: GraphDocument): GraphDocument {
  return { ...doc, nodes: [...doc.nodes].sort(byNodeId), edges: [...doc.edges].sort(byLanding) };
}

function byNodeId(a: GraphNode, b: GraphNode): number {
  return compare(a.id, b.id);
}

function byLanding(a: GraphEdge, b: GraphEdge): number {
  return compare(a.target, b.target) || compare(a.targetInput, b.targetInput) || compare(a.id, b.id);
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `lead` is the width of the `"key": ` already written on this line; one more column is kept for a comma. */
function write(v: unknown, indent: string, lead = 0): string {
  const flat = inline(v, WIDTH - indent.length - lead - 1);
  if (flat !== undefined) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(v)) return `[\n${inner}${v.map((item) => write(item, inner)).join(`,\n${inner}`)}\n${indent}]`;
  const obj = v as Record<string, unknown>;
  const lines = entries(obj).map(([k, val]) => {
    const key = `${JSON.stringify(k)}: `;
    return key + write(val, inner, key.length);
  });
  return `{\n${inner}${lines.join(`,\n${inner}`)}\n${indent}}`;
}

/** The value on one line if it fits in `budget` characters (empty containers always fit). */
function inline(v: unknown, budget: number): string | undefined {
  if (typeof v !== 'object' || v === null) return scalar(v);
  const isList = Array.isArray(v);
  const keys = isList ? undefined : entries(v as Record<string, unknown>);
  const count = keys ? keys.length : (v as unknown[]).length;
  const parts: string[] = [];
  let used = 2;
  // Stops at the first item that overflows, so a long list costs no more than one line's worth.
  for (let i = 0; i < count; i++) {
    const [key, val] = keys ? [`${JSON.stringify(keys[i][0])}: `, keys[i][1]] : ['', (v as unknown[])[i]];
    const s = inline(val, budget - used - key.length);
    if (s === undefined) return undefined;
    parts.push(key + s);
    used += key.length + s.length + (i > 0 ? 2 : 0);
    if (used > budget) return undefined;
  }
  return isList ? `[${parts.join(', ')}]` : `{${parts.join(', ')}}`;
}

/** JSON for a scalar; -0 keeps its sign so a value reloads as itself. */
function scalar(v: unknown): string {
  if (typeof v === 'number' && Object.is(v, -0)) return '-0';
  return JSON.stringify(v) ?? 'null';
}

/** Own keys in sorted order, skipping undefined values as JSON.stringify does. */
function entries(obj: Record<string, unknown>): [string, unknown][] {
  return Object.keys(obj)
    .sort(compare)
    .filter((k) => obj[k] !== undefined)
    .map((k) => [k, obj[k]]);
}
