import { describe, expect, it } from 'vitest';
import { formatWhen } from './formatWhen.ts';

describe('formatWhen', () => {
  const now = new Date(2025, 5, 10, 18, 0);
  it('gives the time alone for today, with the date otherwise, and the year when it differs', () => {
    expect(formatWhen(new Date(2025, 5, 10, 14, 32).toISOString(), now, 'en-GB')).toBe('14:32');
    expect(formatWhen(new Date(2025, 0, 3, 9, 5).toISOString(), now, 'en-GB')).toBe('3 Jan, 9:05');
    expect(formatWhen(new Date(2024, 0, 3, 9, 5).toISOString(), now, 'en-GB')).toBe('3 Jan 2024, 9:05');
  });
});
