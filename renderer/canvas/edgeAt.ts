/** Finding the document edge under a point, for dropping a node into a link, and marking it while a drop hovers. */

/** The class a link gets while a node hovers over it, ready to be dropped in. */
const DROP_TARGET = 'edge--drop-target';
/** How finely a candidate link is sampled to find the one nearest the point. */
const SAMPLES = 48;

/** The id of the editable edge under a window point (read-only gradient and re-routed edges do not count); the nearest when several are. */
export function edgeAt(x: number, y: number): string | undefined {
  const candidates = new Map<string, Element>();
  for (const el of document.elementsFromPoint(x, y)) {
    const edge = el.closest('.react-flow__edge');
    const id = edge?.getAttribute('data-id');
    if (edge && id && edge.classList.contains('selectable') && !edge.classList.contains('edge--gradient')) candidates.set(id, edge);
  }
  if (candidates.size <= 1) return candidates.keys().next().value;
  let best: { id: string; d: number } | undefined;
  for (const [id, edge] of candidates) {
    const d = distance(edge.querySelector('path.react-flow__edge-path'), x, y);
    if (!best || d < best.d) best = { id, d };
  }
  return best?.id;
}

/** The distance on screen from a point to a path, sampled along its length. */
function distance(path: Element | null, x: number, y: number): number {
  if (!(path instanceof SVGPathElement)) return Infinity;
  const ctm = path.getScreenCTM();
  if (!ctm) return Infinity;
  const length = path.getTotalLength();
  let min = Infinity;
  for (let i = 0; i <= SAMPLES; i++) {
    const p = path.getPointAtLength((length * i) / SAMPLES).matrixTransform(ctm);
    min = Math.min(min, Math.hypot(p.x - x, p.y - y));
  }
  return min;
}

/** Marks the one edge a drop would go into, clearing the mark elsewhere; pass undefined to clear it. */
export function markDropEdge(id: string | undefined): void {
  for (const el of document.querySelectorAll(`.${DROP_TARGET}`)) if (el.getAttribute('data-id') !== id) el.classList.remove(DROP_TARGET);
  if (id) document.querySelector(`.react-flow__edge[data-id="${CSS.escape(id)}"]`)?.classList.add(DROP_TARGET);
}
