import { describe, expect, it } from 'vitest';
import { dataProgressFraction, dataProgressText, dataProgressTitle } from './dataProgressText.ts';

describe('dataProgressText', () => {
  it('says what is read in megabytes and what is decoded in examples, and in full for the tooltip', () => {
    const what = 'mnist train-55k images';
    expect(dataProgressText({ what, phase: 'reading', done: 21_345_678, total: 47_040_016 })).toBe('21.3 / 47.0 MB read');
    expect(dataProgressText({ what, phase: 'reading', done: 2_000_000, total: 0 })).toBe('2.0 MB read');
    expect(dataProgressText({ what, phase: 'decoding', done: 30000, total: 55000 })).toBe('30,000 / 55,000 decoded');
    expect(dataProgressTitle({ what, phase: 'decoding', done: 30000, total: 55000 })).toBe('Decoding mnist train-55k images: 30,000 / 55,000 decoded');
    expect(dataProgressFraction({ what, phase: 'decoding', done: 30000, total: 60000 })).toBe(0.5);
    expect(dataProgressFraction({ what, phase: 'reading', done: 5, total: 0 })).toBeUndefined();
  });
});
