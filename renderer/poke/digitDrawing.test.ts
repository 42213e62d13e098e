import { describe, expect, it } from 'vitest';
import { centreOfMass, DIGIT_SIZE, inkStrokes, mnistDigit, type PadPoint } from './digitDrawing.ts';

const PAD = 140;
const line = (from: PadPoint, to: PadPoint): PadPoint[] => Array.from({ length: 11 }, (_, i) => ({ x: from.x + ((to.x - from.x) * i) / 10, y: from.y + ((to.y - from.y) * i) / 10 }));

/** Rows and columns holding ink above `level`. */
function extent(image: Float32Array, level = 0.05) {
  const rows = new Set<number>();
  const cols = new Set<number>();
  image.forEach((v, i) => {
    if (v > level) {
      rows.add(Math.floor(i / DIGIT_SIZE));
      cols.add(i % DIGIT_SIZE);
    }
  });
  return { height: rows.size, width: cols.size };
}

describe('inkStrokes', () => {
  it('inks full under the stroke and fades to paper past the brush radius', () => {
    const ink = inkStrokes([line({ x: 20, y: 70 }, { x: 120, y: 70 })], PAD, 8);
    expect(ink[70 * PAD + 70]).toBe(1);
    const edge = ink[75 * PAD + 70];
    expect(edge).toBeGreaterThan(0);
    expect(edge).toBeLessThan(1);
    expect(ink[80 * PAD + 70]).toBe(0);
  });

  it('inks a single tap as a dot', () => {
    const ink = inkStrokes([[{ x: 50, y: 50 }]], PAD, 6);
    expect(ink[50 * PAD + 50]).toBe(1);
    expect(ink.filter((v) => v > 0).length).toBeGreaterThan(20);
  });
});

describe('mnistDigit', () => {
  it('gives paper for an empty pad', () => {
    expect(mnistDigit(new Float32Array(PAD * PAD), PAD).every((v) => v === 0)).toBe(true);
  });

  it('scales the digit into a 20-pixel box, keeps its aspect and puts its mass at the centre', () => {
    // A tall stroke like a "1", drawn off-centre near the pad's top-left.
    const digit = mnistDigit(inkStrokes([line({ x: 30, y: 10 }, { x: 34, y: 100 })], PAD, 7), PAD);
    expect(digit).toHaveLength(784);
    const { width, height } = extent(digit);
    expect(height).toBeGreaterThanOrEqual(19);
    expect(height).toBeLessThanOrEqual(21);
    expect(width).toBeLessThan(8);
    const com = centreOfMass(digit, DIGIT_SIZE, DIGIT_SIZE);
    expect(Math.abs(com.x - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(com.y - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.max(...digit)).toBeLessThanOrEqual(1);
  });

  it('anti-aliases: the edges are grey, as MNIST strokes are', () => {
    const digit = mnistDigit(inkStrokes([line({ x: 20, y: 20 }, { x: 120, y: 120 })], PAD, 8), PAD);
    expect(digit.some((v) => v > 0.05 && v < 0.95)).toBe(true);
    expect(digit.some((v) => v > 0.95)).toBe(true);
  });

  it('gives the same image wherever on the pad and at whatever size the digit is drawn', () => {
    const small = mnistDigit(inkStrokes([line({ x: 10, y: 10 }, { x: 40, y: 40 })], PAD, 3), PAD);
    const large = mnistDigit(inkStrokes([line({ x: 30, y: 30 }, { x: 120, y: 120 })], PAD, 9), PAD);
    let diff = 0;
    for (let i = 0; i < 784; i++) diff += Math.abs(small[i] - large[i]);
    const mass = large.reduce((a, b) => a + b, 0);
    expect(diff / mass).toBeLessThan(0.35);
    expect(centreOfMass(small, DIGIT_SIZE, DIGIT_SIZE)).toEqual(centreOfMass(large, DIGIT_SIZE, DIGIT_SIZE));
  });
});
