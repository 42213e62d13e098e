/**
 * The outline of a scope's frame when a rectangle would take in nodes of
 * another scope: in a graph laid out on a grid (`layer2/W` above
 * `layer1/Sigmoid`), the box around a scope's nodes holds its neighbours'
 * too. The frame is then that box with every foreign node cut out, traced as
 * one SVG path (rectilinear, holes included), so it encloses exactly its own
 * nodes. Member nodes always stay inside; where a foreign node is closer to one
 * than the frame's room around it (mnist-dropout's nodes sit 2 units apart),
 * the room gives way and the foreign node stays outside.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Room kept between a cut-out and the foreign node it goes around. */
export const CUT_MARGIN = 8;
/** A cut this close to the frame's edge is extended to it. */
const SNAP = 48;

/**
 * The path of `frame` (the rectangle around `members`) without the
 * `foreign` boxes, relative to the frame's top-left corner; undefined when no
 * foreign box reaches into the frame, so a plain rectangle is right.
 * `members` are the room the frame keeps (a member with padding, the header);
 * `cores` (the member nodes themselves) stay inside whatever is near, and a
 * foreign box stays outside whatever room a member would want.
 */
export function frameOutline(frame: Rect, members: readonly Rect[], foreign: readonly Rect[], cores: readonly Rect[] = members): string | undefined {
  const cuts = foreign.map((f) => toEdges(grow(f, CUT_MARGIN), frame)).filter((f) => overlaps(f, frame));
  if (cuts.length === 0) return undefined;
  const strangers = foreign.filter((f) => overlaps(f, frame));
  const all = [frame, ...members, ...cores, ...cuts, ...strangers];
  const xs = edges(all, 'x', frame);
  const ys = edges(all, 'y', frame);
  const cols = xs.length - 1;
  const rows = ys.length - 1;
  const covered = (i: number, j: number) => {
    if (i < 0 || j < 0 || i >= cols || j >= rows) return false;
    const cx = (xs[i] + xs[i + 1]) / 2;
    const cy = (ys[j] + ys[j + 1]) / 2;
    if (cores.some((m) => inside(m, cx, cy))) return true;
    if (strangers.some((f) => inside(f, cx, cy))) return false;
    if (members.some((m) => inside(m, cx, cy))) return true;
    return !cuts.some((c) => inside(c, cx, cy));
  };
  const grid: boolean[][] = Array.from({ length: cols }, (_, i) => Array.from({ length: rows }, (_, j) => covered(i, j)));
  const at = (i: number, j: number) => i >= 0 && j >= 0 && i < cols && j < rows && grid[i][j];
  // Boundary edges of the covered cells, clockwise (covered side on the right in screen coordinates).
  const next = new Map<string, [number, number][]>();
  const add = (a: [number, number], b: [number, number]) => {
    const key = `${a[0]},${a[1]}`;
    next.set(key, [...(next.get(key) ?? []), b]);
  };
  for (let i = 0; i < cols; i++)
    for (let j = 0; j < rows; j++) {
      if (!grid[i][j]) continue;
      if (!at(i, j - 1)) add([i, j], [i + 1, j]);
      if (!at(i + 1, j)) add([i + 1, j], [i + 1, j + 1]);
      if (!at(i, j + 1)) add([i + 1, j + 1], [i, j + 1]);
      if (!at(i - 1, j)) add([i, j + 1], [i, j]);
    }
  const loops: string[] = [];
  for (;;) {
    const start = [...next.keys()].find((k) => next.get(k)!.length > 0);
    if (start === undefined) break;
    const points: [number, number][] = [];
    let key = start;
    while (next.get(key)?.length) {
      const [i, j] = key.split(',').map(Number) as [number, number];
      points.push([i, j]);
      const to = next.get(key)!.shift()!;
      key = `${to[0]},${to[1]}`;
    }
    loops.push(pathOf(corners(points), xs, ys, frame));
  }
  return loops.join(' ');
}

/** The points where the loop turns (collinear ones dropped). */
function corners(points: readonly [number, number][]): [number, number][] {
  return points.filter((p, k) => {
    const a = points[(k - 1 + points.length) % points.length];
    const b = points[(k + 1) % points.length];
    return !((a[0] === p[0] && p[0] === b[0]) || (a[1] === p[1] && p[1] === b[1]));
  });
}

function pathOf(points: readonly [number, number][], xs: readonly number[], ys: readonly number[], frame: Rect): string {
  const r = (v: number) => Math.round(v * 10) / 10;
  return points.map(([i, j], k) => `${k === 0 ? 'M' : 'L'}${r(xs[i] - frame.x)} ${r(ys[j] - frame.y)}`).join(' ') + ' Z';
}

/** The sorted distinct coordinates of the rectangles' edges along one axis, clipped to the frame. */
function edges(rects: readonly Rect[], axis: 'x' | 'y', frame: Rect): number[] {
  const size = axis === 'x' ? 'width' : 'height';
  const lo = frame[axis];
  const hi = frame[axis] + frame[size];
  const all = rects.flatMap((r) => [r[axis], r[axis] + r[size]]).map((v) => Math.min(hi, Math.max(lo, v)));
  return [...new Set(all)].sort((a, b) => a - b);
}

/** A cut that nearly reaches the frame's edge is taken to it, making a notch rather than a hole with a sliver of frame beside it. */
function toEdges(r: Rect, frame: Rect): Rect {
  const snap = (lo: number, hi: number, min: number, max: number): [number, number] => [lo - min < SNAP ? Math.min(lo, min) : lo, max - hi < SNAP ? Math.max(hi, max) : hi];
  const [x0, x1] = snap(r.x, r.x + r.width, frame.x, frame.x + frame.width);
  const [y0, y1] = snap(r.y, r.y + r.height, frame.y, frame.y + frame.height);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

function grow(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(r: Rect, x: number, y: number): boolean {
  return x > r.x && x < r.x + r.width && y > r.y && y < r.y + r.height;
}
