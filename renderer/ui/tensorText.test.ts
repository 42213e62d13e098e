import { describe, expect, it } from 'vitest';
import { elementText, nestedText, shortestFloat32, tensorText } from './tensorText.ts';

const f32 = (shape: number[], values: number[]) => ({ dtype: 'float32', shape, values: Float64Array.from(values.map(Math.fround)) });

describe('tensorText', () => {
  it('writes lesson 1 results as print(sess.run(...)) does', () => {
    expect(tensorText(f32([], [7]))).toBe('7');
    expect(tensorText(f32([], [7.5]))).toBe('7.5');
    expect(tensorText(f32([2], [3, 7]))).toBe('[3, 7]');
    expect(tensorText(f32([2, 2], [0, 1, 1, 0]))).toBe('[[0, 1], [1, 0]]');
  });

  it('cuts float32 noise and long decimals, and writes bools by name', () => {
    expect(elementText(Math.fround(0.1), 'float32')).toBe('0.1');
    expect(elementText(Math.fround(0.123456), 'float32')).toBe('0.1235');
    expect(elementText(1, 'bool')).toBe('true');
    expect(shortestFloat32(Math.fround(4.5))).toBe(4.5);
  });

  it('summarises a tensor too big to write out', () => {
    const values = Array.from({ length: 20 }, (_, i) => i % 2);
    expect(nestedText(f32([20], values))).toBeUndefined();
    expect(tensorText(f32([4, 5], values))).toBe('[4,5] μ 0.5 σ 0.5 (min 0, max 1)');
  });
});
