import { describe, expect, it } from 'vitest';
import { defaultMemoryBudget, loadMemoryBudget, memoryChoices, saveMemoryBudget } from './memorySetting.ts';

function storage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

describe('the memory setting', () => {
  it('defaults to half the memory the browser reports, at most 2 GB, and 1 GB when it reports none', () => {
    expect(defaultMemoryBudget({ deviceMemoryGB: 8 })).toBe(2e9);
    expect(defaultMemoryBudget({ deviceMemoryGB: 2 })).toBe(2 ** 30);
    expect(defaultMemoryBudget({ deviceMemoryGB: 0.25 })).toBe(256e6);
    expect(defaultMemoryBudget({})).toBe(1e9);
  });

  it('keeps the user\'s choice, and ignores a saved value that is not a size', () => {
    const env = { deviceMemoryGB: 8, storage: storage() };
    expect(loadMemoryBudget(env)).toBe(2e9);
    saveMemoryBudget(8e9, env);
    expect(loadMemoryBudget(env)).toBe(8e9);
    expect(loadMemoryBudget({ storage: storage({ 'flowboard.memoryBudget': 'lots' }) })).toBe(1e9);
    expect(loadMemoryBudget({ storage: storage({ 'flowboard.memoryBudget': '-5' }) })).toBe(1e9);
    const throwing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(loadMemoryBudget({ storage: throwing })).toBe(1e9);
    expect(() => saveMemoryBudget(4e9, { storage: throwing })).not.toThrow();
  });

  it('offers sizes from 250 MB up, with the default and the current value among them', () => {
    expect(memoryChoices(3e9, { deviceMemoryGB: 1.5 })).toEqual([250e6, 500e6, 1e9, 1.5 * 2 ** 29, 2e9, 3e9, 4e9, 8e9, 16e9, 32e9].sort((a, b) => a - b));
  });
});
