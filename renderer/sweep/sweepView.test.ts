import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../core/graph/document.ts';
import type { SweptRun } from '../../core/sweep/sweepResults.ts';
import { bandInputs, settingsOf, shortLabel, stripColumns, tagsOf } from './sweepView.ts';

const runs: SweptRun[] = [
  { setting: 'train.optimizer=GradientDescent', seed: 1, steps: [0, 9], values: { cost: [0.7, 0.6], accuracy: [0.5, 0.5] } },
  { setting: 'train.optimizer=GradientDescent', seed: 2, steps: [0, 9], values: { cost: [0.7, 0.4], accuracy: [0.5, 0.75] } },
  { setting: 'train.optimizer=Adam', seed: 1, steps: [0, 9], values: { cost: [0.7, 0.1], accuracy: [0.5, 1] } },
  { setting: 'train.optimizer=Adam', seed: 2, steps: [0, 4], values: { cost: [0.7, NaN] }, stopped: 'step 4: NaN' },
];

describe('sweep view', () => {
  it('orders settings as they ran, one colour each, named by their values', () => {
    const s = settingsOf(runs);
    expect(s.map((x) => x.label)).toEqual(['GradientDescent', 'Adam']);
    expect(s[0].color).not.toBe(s[1].color);
    expect(shortLabel('layer1.op=Relu, session.batchSize=4')).toBe('Relu, 4');
    const doc = { ...emptyDocument(), nodes: [{ id: 'n1', name: 'acc', op: 'ReduceMean', attrs: {}, position: { x: 0, y: 0 } }], session: { fetches: [{ node: 'n2', role: 'loss' as const, label: 'cost' }, { node: 'n1', role: 'accuracy' as const, label: 'accuracy' }], feeds: {} } };
    expect(tagsOf(runs, doc)).toEqual(['cost', 'accuracy']);
    // Tags the session no longer logs come last, by name.
    expect(tagsOf([{ ...runs[0], values: { zeta: [], cost: [], alpha: [] } }], doc)).toEqual(['cost', 'alpha', 'zeta']);
  });

  it('groups a tag\'s runs per setting', () => {
    const groups = bandInputs(runs, settingsOf(runs), 'accuracy');
    expect(groups.map((g) => g.runs.map((r) => r.seed))).toEqual([[1, 2], [1]]);
  });

  it('gives each setting its runs\' final values, a stopped run left out', () => {
    const [gd, adam] = stripColumns(runs, settingsOf(runs), 'cost');
    expect(gd.runs).toEqual([{ seed: 1, value: 0.6 }, { seed: 2, value: 0.4 }]);
    expect(gd.mean).toBeCloseTo(0.5, 12);
    expect(gd.std).toBeCloseTo(Math.SQRT2 / 10, 12);
    expect([adam.runs.length, adam.mean, adam.std]).toEqual([1, 0.1, 0]);
  });
});
