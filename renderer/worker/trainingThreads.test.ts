import { describe, expect, it } from 'vitest';
import { threadsWhy, trainingThreads } from './trainingThreads.ts';

describe('trainingThreads', () => {
  it('leaves one core for the page, keeps at least one, and never asks for more than the cores', () => {
    expect([1, 2, 4, 16].map((cores) => trainingThreads(cores))).toEqual([1, 1, 3, 15]);
    expect(trainingThreads(2, 2)).toBe(2);
    expect(trainingThreads(4, 9)).toBe(4);
    expect(trainingThreads(4, 0)).toBe(1);
    expect(trainingThreads(8, 2.7)).toBe(2);
  });

  it('says why that many threads train', () => {
    expect(threadsWhy({ count: 1, cores: 2, isolated: true })).toBe('2 cores, one left for the page');
    expect(threadsWhy({ count: 1, cores: 1, isolated: true })).toBe('1 core');
    expect(threadsWhy({ count: 2, cores: 2, requested: 2, isolated: true })).toBe('2 asked for with ?threads=, 2 cores');
    expect(threadsWhy({ count: 1, cores: 8, isolated: true })).toBe('8 cores, one left for the page; the backend started 1 of 7');
    expect(threadsWhy({ count: 1, cores: 8, isolated: false })).toMatch(/not cross-origin isolated/);
  });
});
