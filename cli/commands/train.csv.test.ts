/**
 * A learner's own CSV file, end to end through `flowboard train`: the course's
 * lesson 4-2 loads its quiz scores from data-01-test-score.csv. Bound by
 * header names to the multi-variable sample's [?,3] and [?,1] placeholders,
 * the file must train exactly as the same numbers written inline do, and a
 * bad file must stop with the line and column to fix.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../core/graph/document.ts';
import { tempDir } from '../../test/tempFiles.ts';
import { bufferIO } from '../io.ts';
import { main } from '../main.ts';

const dir = tempDir();
afterAll(() => dir.remove());

const sample = (): GraphDocument => JSON.parse(readFileSync('samples/multi-variable.flow.json', 'utf8')) as GraphDocument;
/** The sample's five students, with the final exam first and the columns in another order than the model reads them. */
const SCORES = 'FINAL,EXAM3,EXAM1,EXAM2\n152,75,73,80\n185,93,93,88\n180,90,89,91\n196,100,96,98\n142,70,73,66\n';

async function trainFinal(file: string): Promise<{ code: number; final?: { loss: number; variables: Record<string, unknown> }; err: string }> {
  const io = bufferIO();
  const code = await main(['train', file, '--steps', '301', '--json'], io);
  const last = io.out.trimEnd().split('\n').pop();
  return { code, err: io.err, final: code === 0 && last ? JSON.parse(last) : undefined };
}

describe('flowboard train with CSV data', () => {
  it('trains from named columns exactly as from the same values inline', async () => {
    const doc = sample();
    const [x, y] = ['n01', 'n06'];
    doc.session!.feeds = { [x]: { kind: 'csv', path: 'data-01-test-score.csv', columns: ['EXAM1', 'EXAM2', 'EXAM3'] }, [y]: { kind: 'csv', path: 'data-01-test-score.csv', columns: ['FINAL'] } };
    dir.write('data-01-test-score.csv', SCORES);
    const fromCsv = await trainFinal(dir.write('scores.flow.json', doc));
    const inline = await trainFinal('samples/multi-variable.flow.json');
    expect(fromCsv.code).toBe(0);
    expect(fromCsv.final!.variables).toEqual(inline.final!.variables);
    expect(fromCsv.final!.loss).toBe(inline.final!.loss);
    // Gradient descent on the scores has brought the cost down from the thousands.
    expect(fromCsv.final!.loss).toBeLessThan(50);
  });

  it('reads a CSV file the document keeps (picked in the app) without looking on disk', async () => {
    const doc = sample();
    doc.session!.feeds = { n01: { kind: 'csv', path: 'kept-scores.csv', columns: ['EXAM1', 'EXAM2', 'EXAM3'] }, n06: { kind: 'csv', path: 'kept-scores.csv', columns: ['FINAL'] } };
    doc.session!.files = { 'kept-scores.csv': SCORES };
    const kept = await trainFinal(dir.write('kept.flow.json', doc));
    const inline = await trainFinal('samples/multi-variable.flow.json');
    expect(kept.code).toBe(0);
    expect(kept.final!.variables).toEqual(inline.final!.variables);
  });

  it('evaluates on a second file given as evalFeeds', async () => {
    const doc = sample();
    doc.session!.feeds = { n01: { kind: 'csv', path: 'data-01-test-score.csv', columns: ['EXAM1', 'EXAM2', 'EXAM3'] }, n06: { kind: 'csv', path: 'data-01-test-score.csv', columns: ['FINAL'] } };
    doc.session!.evalFeeds = { n01: { kind: 'csv', path: 'held-out.csv', columns: ['EXAM1', 'EXAM2', 'EXAM3'] }, n06: { kind: 'csv', path: 'held-out.csv', columns: ['FINAL'] } };
    dir.write('held-out.csv', 'EXAM1,EXAM2,EXAM3,FINAL\n80,80,80,160\n');
    const r = await trainFinal(dir.write('held-out.flow.json', doc));
    expect(r.code).toBe(0);
    const [[w1], [w2], [w3]] = r.final!.variables.W as number[][];
    const [b] = r.final!.variables.b as number[];
    expect((r.final as unknown as { metrics: { cost: number } }).metrics.cost).toBeCloseTo((80 * (w1 + w2 + w3) + b - 160) ** 2, 1);
  });

  it('stops with exit 1 naming the file, line and column of a bad value', async () => {
    const doc = sample();
    doc.session!.feeds = { n01: { kind: 'csv', path: 'bad.csv', columns: ['EXAM1', 'EXAM2', 'EXAM3'] }, n06: { kind: 'csv', path: 'bad.csv', columns: ['FINAL'] } };
    dir.write('bad.csv', 'EXAM1,EXAM2,EXAM3,FINAL\n73,80,75,152\n93,eighty-eight,93,185\n');
    const r = await trainFinal(dir.write('bad.flow.json', doc));
    expect(r.code).toBe(1);
    expect(r.err).toContain('bad.csv line 3, column "EXAM2": "eighty-eight" is not a number');
  });
});
