import { describe, expect, it } from 'vitest';
import { frameOutline, type Rect } from './frameOutline.ts';

/** Whether (x, y), relative to the frame, is inside the path (even-odd over all its loops). */
function insidePath(path: string, x: number, y: number): boolean {
  let inside = false;
  for (const loop of path.split('Z').filter((l) => l.trim())) {
    const pts = [...loop.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
      const [xi, yi] = pts[i];
      const [xj, yj] = pts[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

const centre = (r: Rect, frame: Rect) => [r.x + r.width / 2 - frame.x, r.y + r.height / 2 - frame.y] as const;

describe('frameOutline', () => {
  it('is undefined when no foreign node reaches into the frame: a plain rectangle', () => {
    expect(frameOutline({ x: 0, y: 0, width: 100, height: 100 }, [{ x: 10, y: 10, width: 80, height: 80 }], [{ x: 300, y: 0, width: 50, height: 50 }])).toBeUndefined();
  });

  it("cuts layer1/Sigmoid out of layer2's frame in the vanishing-gradient layout", () => {
    // layer2/W at (600, 0), layer2/MatMul (800, 120), layer2/b (800, 0), layer2/add (1000, 120), layer2/Sigmoid (1200, 120); layer1/Sigmoid at (600, 120).
    const box = (x: number, y: number) => ({ x, y, width: 150, height: 60 });
    const own = [box(600, 0), box(800, 120), box(800, 0), box(1000, 120), box(1200, 120)];
    const padded = own.map((r) => ({ x: r.x - 14, y: r.y - 14, width: r.width + 28, height: r.height + 28 }));
    const frame = { x: 586, y: -44, width: 1378 - 586, height: 194 + 44 };
    const sigmoid1 = box(600, 120);
    const layer3W = box(1200, 0);
    const path = frameOutline(frame, padded, [sigmoid1, layer3W, box(0, 0)])!;
    expect(path).toBeDefined();
    for (const r of own) expect(insidePath(path, ...centre(r, frame)), `member at ${r.x},${r.y}`).toBe(true);
    expect(insidePath(path, ...centre(sigmoid1, frame))).toBe(false);
    expect(insidePath(path, ...centre(layer3W, frame))).toBe(false);
  });

  it('leaves a hole around a foreign node in the middle', () => {
    const frame = { x: 0, y: 0, width: 300, height: 300 };
    const members = [
      { x: 0, y: 0, width: 60, height: 60 },
      { x: 240, y: 240, width: 60, height: 60 },
    ];
    const stranger = { x: 120, y: 120, width: 60, height: 60 };
    const path = frameOutline(frame, members, [stranger])!;
    expect(path.split('Z').filter((l) => l.trim())).toHaveLength(2);
    expect(insidePath(path, 150, 150)).toBe(false);
    expect(insidePath(path, 30, 270)).toBe(true);
  });

  it("keeps layer1/dropout wholly out of layer2's frame in mnist-dropout, 2 units below layer2/MatMul, and the MatMul wholly in", () => {
    const pad = (r: Rect) => ({ x: r.x - 14, y: r.y - 14, width: r.width + 28, height: r.height + 28 });
    const own = [
      { x: 720, y: 0, width: 150, height: 56 },
      { x: 840, y: 78, width: 150, height: 56 },
      { x: 720, y: 260, width: 174, height: 76 },
      { x: 840, y: 338, width: 150, height: 76 },
      { x: 960, y: 260, width: 150, height: 56 },
      { x: 1080, y: 338, width: 182, height: 76 },
    ];
    const frame = { x: 706, y: -44, width: 570, height: 472 };
    const dropout1 = { x: 600, y: 338, width: 182, height: 76 };
    const matMul3 = { x: 1200, y: 260, width: 174, height: 76 };
    const path = frameOutline(frame, own.map(pad), [dropout1, matMul3], own)!;
    const corners = (r: Rect) => [
      [r.x + 1, r.y + 1],
      [r.x + r.width - 1, r.y + 1],
      [r.x + 1, r.y + r.height - 1],
      [r.x + r.width - 1, r.y + r.height - 1],
    ];
    for (const r of own) for (const [x, y] of corners(r)) expect(insidePath(path, x - frame.x, y - frame.y), `member corner ${x},${y}`).toBe(true);
    for (const r of [dropout1, matMul3]) for (const [x, y] of corners(r)) expect(insidePath(path, x - frame.x, y - frame.y), `foreign corner ${x},${y}`).toBe(false);
  });
});
