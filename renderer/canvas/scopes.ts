/**
 * Name scopes as groups, TensorBoard style: nodes named `layer1/W` and
 * `layer1/b` form the scope `layer1`. Every scope with two or more nodes gets
 * a frame; a collapsed scope is drawn as one box instead of its nodes, with
 * the edges that cross its border re-routed to the box. The backward pass is
 * one more group, `gradients`. Collapse state is view state, never saved.
 * A frame whose rectangle would take in another scope's nodes is drawn as
 * that rectangle with those nodes cut out (frameOutline.ts).
 */
import type { Position } from '../../core/graph/document.ts';
import type { Size } from '../store/canvasSlice.ts';
import { scopesOf } from '../../core/graph/scopes.ts';
import type { CanvasNode, OpFlowNode, ScopeFlowNode, ShapeFlowEdge } from './flowTypes.ts';
import { CUT_MARGIN, frameOutline } from './frameOutline.ts';

/** The key of the group holding the backward pass; `∇` cannot occur in a node name, so it never clashes with a scope. */
export const GRADIENTS_GROUP = '∇gradients';

/** Room around a frame's contents, and the header above them. */
const PAD = 14;
const HEADER = 30;
/** The size of a collapsed scope's box. */
export const BOX: Size = { width: 200, height: 58 };

export interface ScopeInput {
  nodes: readonly OpFlowNode[];
  edges: readonly ShapeFlowEdge[];
  collapsed: ReadonlySet<string>;
  sizeOf(node: OpFlowNode): Size;
}

interface Rect extends Position, Size {}

/** The scopes a node sits in, outermost first: `a/b/W` is in `a` and `a/b`; a backward node is in the gradients group. */
export function scopeChain(node: OpFlowNode): string[] {
  return node.data.gradient !== undefined ? [GRADIENTS_GROUP] : scopesOf(node.data.name);
}

/** The canvas id of a scope's frame or box. */
export function scopeNodeId(key: string): string {
  return `scope:${key}`;
}

/** Scope key -> the frame or box last drawn for it, kept while it looks the same so React Flow skips it. */
export type ScopeNodeCache = Map<string, ScopeFlowNode>;

/** Frames for open scopes, boxes for collapsed ones, and the edges re-routed to the boxes. */
export function groupScopes({ nodes, edges, collapsed, sizeOf }: ScopeInput, cache: ScopeNodeCache = new Map()): { nodes: CanvasNode[]; edges: ShapeFlowEdge[] } {
  const chains = new Map(nodes.map((n) => [n.id, scopeChain(n)]));
  const members = new Map<string, OpFlowNode[]>();
  for (const n of nodes) for (const key of chains.get(n.id)!) members.set(key, [...(members.get(key) ?? []), n]);
  const scopes = new Set([...members].filter(([, m]) => m.length >= 2).map(([key]) => key));
  if (scopes.size === 0) return { nodes: [...nodes], edges: [...edges] };

  const validChains = new Map(nodes.map((n) => [n.id, chains.get(n.id)!.filter((k) => scopes.has(k))]));
  const valid = (n: OpFlowNode) => validChains.get(n.id)!;
  /** The outermost collapsed scope hiding a node or scope, if any. */
  const owner = new Map<string, string>();
  for (const n of nodes) {
    const hidden = valid(n).find((k) => collapsed.has(k));
    if (hidden) owner.set(n.id, hidden);
  }
  const parents = new Map([...scopes].map((k) => [k, parentScope(k, scopes)]));
  const parentOf = (key: string) => parents.get(key);
  const visibleScopes = [...scopes].filter((k) => !ancestors(k, parentOf).some((a) => collapsed.has(a)));
  const childrenOf = new Map<string, string[]>();
  for (const k of visibleScopes) {
    const p = parentOf(k);
    if (p !== undefined) childrenOf.set(p, [...(childrenOf.get(p) ?? []), k]);
  }

  const rects = new Map<string, Rect>();
  const byDepth = visibleScopes.sort((a, b) => depth(b) - depth(a));
  for (const key of byDepth) {
    const own = members.get(key)!;
    if (collapsed.has(key)) {
      const r = union(own.map((n) => rectOf(n, sizeOf)));
      rects.set(key, { x: r.x, y: r.y, ...BOX });
      continue;
    }
    const direct = own.filter((n) => valid(n).at(-1) === key).map((n) => rectOf(n, sizeOf));
    const children = (childrenOf.get(key) ?? []).map((k) => rects.get(k)!);
    const r = union([...direct, ...children]);
    rects.set(key, { x: r.x - PAD, y: r.y - PAD - HEADER, width: r.width + 2 * PAD, height: r.height + 2 * PAD + HEADER });
  }

  // Where a frame's rectangle reaches over nodes that are not its own, it is outlined around its own instead.
  // Boxes are made once: a 500-node graph has dozens of scopes, and each looks at every box near it.
  const shown = nodes.filter((n) => !owner.has(n.id)).map((n) => ({ id: n.id, rect: rectOf(n, sizeOf) }));
  const boxes = visibleScopes.filter((k) => collapsed.has(k)).map((k) => ({ key: k, rect: rects.get(k)! }));
  const outlines = new Map<string, string>();
  for (const key of visibleScopes) {
    if (collapsed.has(key)) continue;
    const frame = rects.get(key)!;
    const own = new Set(members.get(key)!.map((n) => n.id));
    const foreign = [
      ...shown.filter((n) => !own.has(n.id) && near(n.rect, frame)).map((n) => n.rect),
      ...boxes.filter((b) => !b.key.startsWith(`${key}/`) && near(b.rect, frame)).map((b) => b.rect),
    ];
    if (foreign.length === 0) continue;
    const memberBoxes = members.get(key)!.filter((n) => valid(n).at(-1) === key).map((n) => rectOf(n, sizeOf));
    const direct = memberBoxes.map(pad);
    const children = (childrenOf.get(key) ?? []).map((k) => rects.get(k)!);
    const outline = frameOutline(frame, [...direct, ...children, headerRect(direct, children)], foreign, [...memberBoxes, ...children]);
    if (outline) outlines.set(key, outline);
  }

  const scopeNodes: ScopeFlowNode[] = visibleScopes
    .sort((a, b) => depth(a) - depth(b))
    .map((key) => {
      const r = rects.get(key)!;
      const isBox = collapsed.has(key);
      const count = members.get(key)!.length;
      const outline = outlines.get(key);
      const last = cache.get(key);
      if (last && last.position.x === r.x && last.position.y === r.y && last.width === r.width && last.height === r.height && last.data.count === count && last.data.collapsed === isBox && last.data.outline === outline) return last;
      const next: ScopeFlowNode = {
        id: scopeNodeId(key),
        type: 'scope',
        position: { x: r.x, y: r.y },
        width: r.width,
        height: r.height,
        data: { key, label: key === GRADIENTS_GROUP ? 'gradients' : key, count, collapsed: isBox, gradients: key === GRADIENTS_GROUP, outline },
        className: isBox ? 'scope-box-node' : 'scope-frame-node',
        draggable: false,
        selectable: false,
        connectable: false,
        deletable: false,
      };
      cache.set(key, next);
      return next;
    });

  const rep = (id: string) => {
    const o = owner.get(id);
    return o === undefined ? undefined : scopeNodeId(o);
  };
  const seen = new Set<string>();
  const routed: ShapeFlowEdge[] = [];
  for (const e of edges) {
    const [s, t] = [rep(e.source), rep(e.target)];
    if (s === undefined && t === undefined) {
      routed.push(e);
      continue;
    }
    const next = { ...e, source: s ?? e.source, sourceHandle: s ? 'out' : e.sourceHandle, target: t ?? e.target, targetHandle: t ? 'in' : e.targetHandle, selectable: false, deletable: false };
    if (next.source === next.target) continue;
    const key = `${next.source}|${next.sourceHandle}|${next.target}|${next.targetHandle}`;
    if (seen.has(key)) continue;
    seen.add(key);
    routed.push(next);
  }
  return { nodes: [...scopeNodes, ...nodes.filter((n) => !owner.has(n.id))], edges: routed };
}

/** The nearest enclosing scope of `key` that is in `scopes`; the gradients group has none. */
function parentScope(key: string, scopes: ReadonlySet<string>): string | undefined {
  if (key === GRADIENTS_GROUP) return undefined;
  for (let cut = key.lastIndexOf('/'); cut > 0; cut = key.lastIndexOf('/', cut - 1)) {
    const prefix = key.slice(0, cut);
    if (scopes.has(prefix)) return prefix;
  }
  return undefined;
}

function ancestors(key: string, parentOf: (k: string) => string | undefined): string[] {
  const out: string[] = [];
  for (let p = parentOf(key); p !== undefined; p = parentOf(p)) out.push(p);
  return out;
}

function depth(key: string): number {
  return key.split('/').length;
}

/** Whether a box reaches into the frame, or within a cut's margin of it. */
function near(r: Rect, frame: Rect): boolean {
  const m = CUT_MARGIN;
  return r.x - m < frame.x + frame.width && frame.x < r.x + r.width + m && r.y - m < frame.y + frame.height && frame.y < r.y + r.height + m;
}

/** A member's box with the frame's room around it. */
function pad(r: Rect): Rect {
  return { x: r.x - PAD, y: r.y - PAD, width: r.width + 2 * PAD, height: r.height + 2 * PAD };
}

/** The frame's header strip, above its top-left member, which an outline must keep. */
function headerRect(direct: readonly Rect[], children: readonly Rect[]): Rect {
  const all = [...direct, ...children];
  const top = Math.min(...all.map((r) => r.y));
  const first = all.filter((r) => r.y === top).sort((a, b) => a.x - b.x)[0];
  return { x: first.x, y: first.y - HEADER, width: Math.max(first.width, 160), height: HEADER + PAD };
}

function rectOf(n: OpFlowNode, sizeOf: (n: OpFlowNode) => Size): Rect {
  return { ...n.position, ...sizeOf(n) };
}

function union(rects: readonly Rect[]): Rect {
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}
