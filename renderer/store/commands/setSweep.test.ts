import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocumentText } from '../../../core/graph/load.ts';
import { CommandHarness } from './commandHarness.ts';
import { setSweep } from './setSweep.ts';
import { recordSweepResults } from './sweepResults.ts';

const xor = loadDocumentText(readFileSync('samples/xor-nn.flow.json', 'utf8')).document!;
const sweep = { axes: [{ target: 'train.optimizer', values: ['GradientDescent', 'Adam'] }], seeds: 3 };

describe('setSweep', () => {
  it('keeps the sweep in the session, and removes it', () => {
    const h = new CommandHarness(xor);
    h.run(setSweep, sweep);
    expect(h.doc.session?.sweep).toEqual(sweep);
    h.expectUndoRedo();
    h.run(setSweep, undefined);
    expect(h.doc.session).not.toHaveProperty('sweep');
  });

  it('refuses a sweep that names nothing in the graph, saying why', () => {
    const h = new CommandHarness(xor);
    expect(h.refuse(setSweep, { axes: [{ target: 'nosuch.learningRate', values: [0.1] }], seeds: 2 })).toMatch(/no node named "nosuch"/);
    expect(h.refuse(setSweep, { ...sweep, seeds: 0 })).toMatch(/seeds must be/);
  });
});

describe('recordSweepResults', () => {
  it('keeps the results as one undo step, and clears them', () => {
    const h = new CommandHarness(xor);
    const results = { sweep, runs: [{ setting: 'train.optimizer=Adam', seed: 1, steps: [0, 5], values: { cost: [0.7, 0.2] } }] };
    h.run(recordSweepResults, results);
    expect(h.doc.sweepResults).toEqual(results);
    h.expectUndoRedo();
    h.run(recordSweepResults, undefined);
    expect(h.doc).not.toHaveProperty('sweepResults');
  });
});
