import { describe, expect, it } from 'vitest';
import type { DataProgress } from '../../core/data/datasetProvider.ts';
import { throttleDataProgress } from './dataProgressThrottle.ts';

describe('throttleDataProgress', () => {
  it('sends the first report of each file and phase, the last, and one per interval between', () => {
    const sent: string[] = [];
    let t = 0;
    const report = throttleDataProgress((p) => sent.push(`${p.what} ${p.phase} ${p.done}`), 100, () => t);
    const at = (ms: number, p: DataProgress) => {
      t = ms;
      report(p);
    };
    const reading = (done: number): DataProgress => ({ what: 'mnist train-55k images', phase: 'reading', done, total: 1000 });
    at(0, reading(10));
    at(20, reading(20));
    at(90, reading(30));
    at(110, reading(40));
    at(130, reading(1000));
    at(131, { what: 'mnist train-55k images', phase: 'decoding', done: 10000, total: 55000 });
    at(140, { what: 'mnist train-55k images', phase: 'decoding', done: 20000, total: 55000 });
    at(150, { what: 'mnist train-55k labels', phase: 'reading', done: 5, total: 0 });
    expect(sent).toEqual([
      'mnist train-55k images reading 10',
      'mnist train-55k images reading 40',
      'mnist train-55k images reading 1000',
      'mnist train-55k images decoding 10000',
      'mnist train-55k labels reading 5',
    ]);
  });
});
