import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../graph/diagnostics.ts';
import { loadDocumentText } from '../graph/load.ts';
import { saveDocument } from '../graph/save.ts';
import { readSweepResults } from './readSweepResults.ts';
import { downsampleRun, finalMetrics, type SweepResults } from './sweepResults.ts';

const sweep = { axes: [{ target: 'optimizer', values: ['GradientDescent', 'Adam'] }], seeds: 2 };
const results: SweepResults = {
  sweep,
  runs: [
    { setting: 'optimizer=Adam', seed: 1, steps: [0, 10, 20], values: { cost: [0.7, 0.4, 0.1], accuracy: [0.5, 0.75, 1] } },
    { setting: 'optimizer=Adam', seed: 2, steps: [0, 10], values: { cost: [0.7, NaN] }, stopped: 'step 10: NaN' },
  ],
};
const doc = (sweepResults: unknown) => JSON.stringify({ format: 'flowboard.graph', version: 1, meta: { title: 't' }, nodes: [], edges: [], sweepResults });

describe('readSweepResults', () => {
  it('keeps results through save and load, a NaN saved as null and read back as NaN', () => {
    const first = loadDocumentText(doc(results)).document!;
    const text = saveDocument(first);
    expect(text).toContain('[0.7, null]');
    expect(loadDocumentText(text).document!.sweepResults).toEqual(results);
  });

  it('drops one malformed run with a diagnostic and keeps the others', () => {
    const out: Diagnostic[] = [];
    const read = readSweepResults({ sweep, runs: [results.runs[0], { ...results.runs[0], values: { cost: [1] } }] }, out);
    expect(read?.runs).toHaveLength(1);
    expect(out[0].message).toMatch(/run 2 has values of "cost"/);
  });

  it.each([
    [[], /not an object/],
    [{ sweep, runs: [], extra: 1 }, /unknown field "extra"/],
    [{ runs: [] }, /no well-formed "sweep"/],
    [{ sweep, runs: 3 }, /needs "runs"/],
  ])('drops %j whole, and the document still opens', (raw, message) => {
    const loaded = loadDocumentText(doc(raw));
    expect(loaded.document?.sweepResults).toBeUndefined();
    expect(loaded.document?.meta.title).toBe('t');
    expect(loaded.diagnostics.map((d) => d.message).join('\n')).toMatch(message);
  });

  it.each([
    [{ steps: [0, 0], values: {} }, /do not increase/],
    [{ seed: 1.5 }, /seed/],
    [{ setting: 3 }, /setting/],
  ])('refuses a run with %j', (change, message) => {
    const out: Diagnostic[] = [];
    readSweepResults({ sweep, runs: [{ ...results.runs[0], ...change }] }, out);
    expect(out[0].message).toMatch(message);
  });
});

describe('downsampleRun and finalMetrics', () => {
  it('keeps the first and last points and every tag in step', () => {
    const steps = Array.from({ length: 1001 }, (_, i) => i);
    const run = downsampleRun({ setting: 's', seed: 1, steps, values: { cost: steps.map((s) => s * 2) } }, 5);
    expect(run.steps).toEqual([0, 250, 500, 750, 1000]);
    expect(run.values.cost).toEqual([0, 500, 1000, 1500, 2000]);
  });

  it('takes each run\'s last value; a stopped run gives none', () => {
    expect(finalMetrics(results.runs)).toEqual([
      { setting: 'optimizer=Adam', seed: 1, metrics: { cost: 0.1, accuracy: 1 } },
      { setting: 'optimizer=Adam', seed: 2, metrics: {}, stopped: 'step 10: NaN' },
    ]);
  });
});
