/**
 * Reads the nodes and edges of a raw document. A malformed item is dropped
 * with a diagnostic naming it; a bad optional field falls back to its default
 * with a warning, so one slip never costs the rest of the graph.
 */
import { type Diagnostic, DiagnosticCode as C, error, warning } from './diagnostics.ts';
import type { Attrs, GraphEdge, GraphNode, Position } from './document.ts';
import { copyAttrValue, definedKeys, describe, isRecord, type JsonRecord, nonEmptyString, own, setOwn } from './readJson.ts';

const NODE_FIELDS = new Set(['id', 'op', 'name', 'attrs', 'position']);
const EDGE_FIELDS = ['id', 'source', 'sourceOutput', 'target', 'targetInput'] as const;

/** The well-formed nodes of `raw`; reports each dropped node and each defaulted field. */
export function readNodes(raw: unknown, out: Diagnostic[]): GraphNode[] {
  const nodes: GraphNode[] = [];
  if (raw === undefined) return nodes;
  if (!Array.isArray(raw)) {
    out.push(error(C.BadField, `"nodes" must be a list, got ${describe(raw)}: no node could be read`, { fix: 'write "nodes": [ ... ]' }));
    return nodes;
  }
  for (let i = 0; i < raw.length; i++) {
    const node = readNode(raw[i], i, out);
    if (node) nodes.push(node);
  }
  return nodes;
}

function readNode(raw: unknown, index: number, out: Diagnostic[]): GraphNode | undefined {
  if (!isRecord(raw)) {
    out.push(error(C.BadField, `nodes[${index}] is ${describe(raw)}, not a node object: it was dropped`, { fix: 'write each node as {"id": ..., "op": ..., "name": ...}' }));
    return undefined;
  }
  const id = nonEmptyString(own(raw, 'id'));
  const op = nonEmptyString(own(raw, 'op'));
  const rawName = own(raw, 'name');
  const label = nodeLabel(index, nonEmptyString(rawName), id);
  if (id === undefined || op === undefined) {
    const field = id === undefined ? 'id' : 'op';
    out.push(error(C.BadField, `${label} has no ${field} (got ${describe(own(raw, field))}): it was dropped`, { nodeId: id, fix: `give the node a text ${field}` }));
    return undefined;
  }
  let name = id;
  if (typeof rawName === 'string' && rawName.length > 0) name = rawName;
  else if (rawName !== undefined) out.push(warning(C.BadField, `${label} has a bad name (${describe(rawName)}); its id "${id}" is used instead`, { nodeId: id, fix: 'give the node a text name' }));
  for (const key of definedKeys(raw))
    if (!NODE_FIELDS.has(key)) out.push(warning(C.BadField, `node "${name}" has an unknown field "${key}": it was ignored`, { nodeId: id, fix: `remove "${key}"` }));
  return { id, op, name, attrs: readAttrs(own(raw, 'attrs'), name, id, out), position: readPosition(own(raw, 'position'), name, id, out) };
}

function nodeLabel(index: number, name: string | undefined, id: string | undefined): string {
  if (name !== undefined) return `node "${name}"`;
  return id !== undefined ? `node with id "${id}"` : `nodes[${index}]`;
}

function readAttrs(raw: unknown, name: string, id: string, out: Diagnostic[]): Attrs {
  const attrs: Attrs = {};
  if (raw === undefined) return attrs;
  if (!isRecord(raw)) {
    out.push(error(C.BadField, `node "${name}": "attrs" must be an object, got ${describe(raw)}: every attribute takes its default`, { nodeId: id, fix: 'write "attrs": { ... }' }));
    return attrs;
  }
  for (const key of definedKeys(raw)) {
    const copy = copyAttrValue(raw[key]);
    if ('problem' in copy) out.push(error(C.BadField, `node "${name}": attribute ${key} was dropped because ${copy.problem}`, { nodeId: id, fix: `set ${key} again in the properties panel` }));
    else setOwn(attrs, key, copy.value);
  }
  return attrs;
}

function readPosition(raw: unknown, name: string, id: string, out: Diagnostic[]): Position {
  if (raw === undefined) return { x: 0, y: 0 };
  const x = isRecord(raw) ? own(raw, 'x') : undefined;
  const y = isRecord(raw) ? own(raw, 'y') : undefined;
  if (typeof x === 'number' && Number.isFinite(x) && typeof y === 'number' && Number.isFinite(y)) return { x, y };
  out.push(warning(C.BadField, `node "${name}" has a bad position (${describe(raw)}); it was placed at 0,0`, { nodeId: id, fix: 'drag the node where you want it' }));
  return { x: 0, y: 0 };
}

/** The well-formed edges of `raw`; reports each dropped edge. */
export function readEdges(raw: unknown, out: Diagnostic[]): GraphEdge[] {
  const edges: GraphEdge[] = [];
  if (raw === undefined) return edges;
  if (!Array.isArray(raw)) {
    out.push(error(C.BadField, `"edges" must be a list, got ${describe(raw)}: no edge could be read`, { fix: 'write "edges": [ ... ]' }));
    return edges;
  }
  for (let i = 0; i < raw.length; i++) {
    const edge = readEdge(raw[i], i, out);
    if (edge) edges.push(edge);
  }
  return edges;
}

function readEdge(raw: unknown, index: number, out: Diagnostic[]): GraphEdge | undefined {
  if (!isRecord(raw)) {
    out.push(error(C.BadField, `edges[${index}] is ${describe(raw)}, not an edge object: it was dropped`, { fix: 'write each edge as {"id", "source", "sourceOutput", "target", "targetInput"}' }));
    return undefined;
  }
  const fields: Partial<Record<(typeof EDGE_FIELDS)[number], string>> = {};
  for (const f of EDGE_FIELDS) fields[f] = nonEmptyString(own(raw, f));
  const missing = EDGE_FIELDS.find((f) => fields[f] === undefined);
  if (missing !== undefined) {
    const label = fields.id !== undefined ? `edge "${fields.id}"` : `edges[${index}]`;
    const into = fields.target !== undefined ? ` into node "${fields.target}"` : '';
    out.push(error(C.BadField, `${label}${into} has no ${missing} (got ${describe(own(raw, missing))}): it was dropped`, { nodeId: fields.target, edgeId: fields.id, fix: 'reconnect the wire on the canvas' }));
    return undefined;
  }
  for (const key of definedKeys(raw))
    if (!(EDGE_FIELDS as readonly string[]).includes(key)) out.push(warning(C.BadField, `edge "${fields.id}" into node "${fields.target}" has an unknown field "${key}": it was ignored`, { nodeId: fields.target, edgeId: fields.id, fix: `remove "${key}"` }));
  return fields as GraphEdge;
}

/** Reads an object-valued field, reporting a wrong type; undefined when absent or wrong. */
export function readRecord(raw: JsonRecord, key: string, where: string, out: Diagnostic[]): JsonRecord | undefined {
  const v = own(raw, key);
  if (v === undefined || isRecord(v)) return v;
  out.push(warning(C.BadField, `${where}"${key}" must be an object, got ${describe(v)}: it was ignored`, { fix: `write "${key}": { ... } or remove it` }));
  return undefined;
}
