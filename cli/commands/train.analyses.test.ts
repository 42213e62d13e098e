import { describe, expect, it, vi } from 'vitest';
import * as analyzeModule from '../../core/graph/analyze.ts';
import { bufferIO } from '../io.ts';
import { main } from '../main.ts';

// Every importer of analyze gets this spy, so the count covers the whole command.
vi.mock('../../core/graph/analyze.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../core/graph/analyze.ts')>();
  return { ...actual, analyze: vi.fn(actual.analyze) };
});

describe('flowboard train: analyses', () => {
  it('analyses the file once with the memory budget, the drawn graph once for the expansion and the training graph once', async () => {
    const analyze = vi.mocked(analyzeModule.analyze);
    analyze.mockClear();
    const io = bufferIO();
    expect(await main(['train', 'samples/linear-regression.flow.json', '--steps', '1', '--backend', 'cpu', '--json'], io)).toBe(0);
    // The loader's analysis checks the budget, so its errors differ from the expansion's (see Trainer.create).
    expect(analyze.mock.calls.map(([, options]) => options?.memoryBudget !== undefined)).toEqual([true, false, true]);
  });
});
