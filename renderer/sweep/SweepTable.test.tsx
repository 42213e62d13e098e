import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { SweptRun } from '../../core/sweep/sweepResults.ts';
import { SweepTable } from './SweepTable.tsx';
import { settingsOf } from './sweepView.ts';

const run = (setting: string, seed: number, cost: number, stopped?: string): SweptRun => ({ setting, seed, steps: [0, 9], values: { cost: [1, cost] }, ...(stopped ? { stopped } : {}) });
const cells = (html: string) => [...html.matchAll(/<td class="num[^"]*">([^<]*)<\/td>/g)].map((m) => m[1]);

describe('the results table', () => {
  it('gives mean, std, min, max and n of the final values per setting, named by its values', () => {
    const runs = [run('train.optimizer=GradientDescent', 1, 0.6), run('train.optimizer=GradientDescent', 2, 0.4), run('train.optimizer=Adam', 1, 0.1)];
    const html = renderToStaticMarkup(<SweepTable runs={runs} settings={settingsOf(runs)} metrics={['cost']} axes="train.optimizer" />);
    expect(cells(html)).toEqual(['0.5', '0.1414', '0.4', '0.6', '2', '0.1', '0', '0.1', '0.1', '1']);
    expect(html).toContain('title="train.optimizer=Adam"');
    expect(html).not.toContain('stopped');
  });

  it('counts runs that stopped on a NaN in a column of their own', () => {
    const runs = [run('lr=1', 1, 0.2), run('lr=1', 2, NaN, 'step 4: NaN')];
    const html = renderToStaticMarkup(<SweepTable runs={runs} settings={settingsOf(runs)} metrics={['cost']} axes="lr" />);
    expect(cells(html)).toEqual(['0.2', '0', '0.2', '0.2', '1', '1']);
  });
});
