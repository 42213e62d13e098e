import { describe, expect, it } from 'vitest';
import { boxMuller, fillNormal, fillTruncatedNormal, fillUniform, fillUniformInt, uint32ToFloat } from './distributions.ts';
import { OpStream } from './opStream.ts';
import { Philox } from './philox.ts';

// The first values TensorFlow 2.21's CPU kernels gave for seeds (777, k) (test/tf/random.tf.test.ts checks many more, live).
const TF_NORMAL_777_0 = [0.5859775543212891, 0.5567626357078552, 0.2593156695365906, -0.9198877215385437, -0.408086895942688];

describe('TensorFlow distributions', () => {
  it('Uint32ToFloat keeps 23 bits: [0, 1) in steps of 2^-23', () => {
    expect(uint32ToFloat(0)).toBe(0);
    expect(uint32ToFloat(0xffffffff)).toBe(1 - 2 ** -23);
    expect(uint32ToFloat(0x00800001)).toBe(2 ** -23);
  });

  it('Box-Muller never takes the log of 0', () => {
    const out = new Float32Array(2);
    boxMuller(0, 0, out, 0);
    expect(Number.isFinite(out[0]) && Number.isFinite(out[1])).toBe(true);
    expect(out[1]).toBeCloseTo(Math.sqrt(-2 * Math.log(1e-7)), 5);
  });

  it('random_normal with seeds (777, 0) starts as TensorFlow\'s', () => {
    expect(Array.from(fillNormal(new Philox(777, 0), 5))).toEqual(TF_NORMAL_777_0);
  });

  it('a shorter output is a prefix of a longer one (groups of four, the last cut)', () => {
    const long = fillNormal(new Philox(1, 2), 11);
    expect(Array.from(fillNormal(new Philox(1, 2), 6))).toEqual(Array.from(long.subarray(0, 6)));
    expect(Array.from(fillTruncatedNormal(new Philox(1, 2), 6))).toEqual(Array.from(fillTruncatedNormal(new Philox(1, 2), 11).subarray(0, 6)));
  });

  it('truncated normal keeps |x| < 2, each group of four from its own 256 outputs', () => {
    const v = fillTruncatedNormal(new Philox(5, 6), 4000);
    expect(v.every((x) => Math.abs(x) < 2)).toBe(true);
    const later = new Philox(5, 6);
    later.skip(256 * 7);
    expect(Array.from(fillTruncatedNormal(later, 4))).toEqual(Array.from(v.subarray(28, 32)));
    const mean = v.reduce((s, x) => s + x, 0) / v.length;
    const sd = Math.sqrt(v.reduce((s, x) => s + x * x, 0) / v.length);
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(sd - 0.8796)).toBeLessThan(0.03);
  });

  it('uniform lies in [0, 1) and uniform int in [lo, hi)', () => {
    const u = fillUniform(new Philox(9, 9), 1000);
    expect(u.every((x) => x >= 0 && x < 1)).toBe(true);
    const n = fillUniformInt(new Philox(9, 9), 1000, -3, 4);
    expect(new Set(n)).toEqual(new Set([-3, -2, -1, 0, 1, 2, 3]));
    expect(() => fillUniformInt(new Philox(9, 9), 1, 4, 4)).toThrow(/lo < hi/);
  });
});

describe('OpStream', () => {
  it('moves 256 outputs per value drawn, so run k starts where run k - 1 reserved up to', () => {
    const s = new OpStream(777, 0);
    const first = fillNormal(s.reserve(3), 3);
    expect(Array.from(first)).toEqual(TF_NORMAL_777_0.slice(0, 3));
    expect(s.position).toBe(768);
    const gen = new Philox(777, 0);
    gen.skip(768);
    expect(Array.from(fillNormal(s.peek(), 3))).toEqual(Array.from(fillNormal(gen, 3)));
    expect(s.position).toBe(768);
  });

  it('refuses (0, 0), which TF reads as "random"', () => {
    expect(() => new OpStream(0, 0)).toThrow(/random/);
  });
});
