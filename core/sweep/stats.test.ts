import { describe, expect, it } from 'vitest';
import { formatResultsTable, resultsTable } from './resultsTable.ts';
import type { SweepRunResult } from './runSweep.ts';
import { summarize } from './stats.ts';

describe('summarize', () => {
  it('gives the mean, sample std, min, max and n of the finite values', () => {
    const s = summarize([1, 2, 3, 4, NaN]);
    expect(s).toMatchObject({ mean: 2.5, min: 1, max: 4, n: 4 });
    expect(s.std).toBeCloseTo(Math.sqrt(5 / 3), 12);
  });
  it('has std 0 for one value and NaN fields for none', () => {
    expect(summarize([5])).toEqual({ mean: 5, std: 0, min: 5, max: 5, n: 1 });
    expect(summarize([]).n).toBe(0);
    expect(summarize([]).mean).toBeNaN();
  });
});

describe('resultsTable', () => {
  const results: SweepRunResult[] = [
    { setting: 'optimizer=A', seed: 1, metrics: { cost: 1, accuracy: 0.5 } },
    { setting: 'optimizer=A', seed: 2, metrics: { cost: 3, accuracy: 1 } },
    { setting: 'optimizer=B', seed: 1, metrics: {}, stopped: 'step 3: NaN' },
    { setting: 'optimizer=B', seed: 2, metrics: { cost: 0.5, accuracy: 1 } },
  ];
  it('groups the runs of a setting and counts the stopped ones', () => {
    const t = resultsTable(results);
    expect(t.metrics).toEqual(['cost', 'accuracy']);
    expect(t.rows.map((r) => [r.setting, r.metrics.cost.mean, r.metrics.cost.n, r.stopped])).toEqual([['optimizer=A', 2, 2, 0], ['optimizer=B', 0.5, 1, 1]]);
  });
  it('prints aligned columns', () => {
    const lines = formatResultsTable(resultsTable(results)).split('\n');
    expect(lines[2]).toMatch(/^optimizer=A +2\.000 ± 1\.414 \[1\.000, 3\.000\] n=2 /);
    // Every column starts at the same place on every line.
    const second = 'optimizer=A'.length + 2;
    for (const line of lines) expect([line.slice(second - 2, second), line[second] !== ' ']).toEqual(['  ', true]);
  });
});
