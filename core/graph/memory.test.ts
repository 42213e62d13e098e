import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import { analyze } from './analyze.ts';
import { DiagnosticCode as C } from './diagnostics.ts';
import { formatBytes, machineMemoryBudget, MAX_TENSOR_ELEMENTS, memoryDiagnostics } from './memory.ts';

const GB = 1e9;
const GiB = 2 ** 30;
const memoryCodes = new Set<string>([C.TensorTooLarge, C.MemoryBudget]);
const memoryOf = (g: GraphBuilder, budget?: number) => analyze(g.doc(), budget === undefined ? {} : { memoryBudget: budget }).diagnostics.filter((d) => memoryCodes.has(d.code));

describe('memory budget', () => {
  it('refuses a Variable of shape [1000000000], naming the node, its shape and its bytes', () => {
    const g = new GraphBuilder();
    const w = g.add('Variable', { shape: [1_000_000_000] }, 'W');
    expect(memoryOf(g, 2 * GB)).toEqual([
      {
        code: C.TensorTooLarge,
        severity: 'error',
        nodeId: w.id,
        message: 'Variable "W" holds [1000000000] float32: 4.0 GB, over the memory budget of 2.0 GB',
        fix: 'make the tensor smaller, or raise the memory budget if this machine has the memory (flowboard --memory-budget, or Memory in the app\'s status bar)',
      },
    ]);
  });

  it('refuses a tensor with more elements than one tensor can hold, whatever the budget', () => {
    const g = new GraphBuilder();
    const w = g.add('Variable', { shape: [100_000, 100_000] }, 'huge');
    const [d] = memoryOf(g);
    expect(d).toMatchObject({ code: C.TensorTooLarge, nodeId: w.id });
    expect(d.message).toBe(`Variable "huge" holds [100000,100000] float32: 10000000000 elements, more than the ${MAX_TENSOR_ELEMENTS} one tensor can hold`);
  });

  it('counts what inference derives: a MatMul of two 30000x30000 Variables, and a OneHot of depth 2.5e8', () => {
    const g = new GraphBuilder();
    const a = g.add('Variable', { shape: [30_000, 30_000] }, 'a');
    const b = g.add('Variable', { shape: [30_000, 30_000] }, 'b');
    const mm = g.add('MatMul', {}, 'mm', { a, b });
    expect(memoryOf(g, 2 * GB).map((d) => [d.code, d.nodeId])).toEqual([[C.TensorTooLarge, a.id], [C.TensorTooLarge, b.id], [C.TensorTooLarge, mm.id]]);
    // Each fits a budget of 8 GB; the three together do not.
    const [total] = memoryOf(g, 8 * GB);
    expect(total).toMatchObject({ code: C.MemoryBudget, nodeId: a.id });
    expect(total.message).toBe('the graph\'s tensors take at least 10.8 GB together, over the memory budget of 8.0 GB; the largest is Variable "a", [30000,30000] float32, 3.6 GB');

    const h = new GraphBuilder();
    const labels = h.add('Placeholder', { dtype: 'int32', shape: [null] }, 'labels');
    const oh = h.add('OneHot', { depth: 250_000_000 }, 'oh', { indices: labels });
    // A ? counts as 1 (at least one example): 1 GB fits 2 GB here; the run checks the real batch.
    expect(memoryOf(h, 2 * GB)).toEqual([]);
    expect(memoryOf(h, 0.5 * GB).map((d) => [d.code, d.nodeId, d.message])).toEqual([[C.TensorTooLarge, oh.id, 'OneHot "oh" holds [?,250000000] float32: at least 1.0 GB, over the memory budget of 500.0 MB']]);
  });

  it('says nothing about graphs that fit, and nothing without a budget but the element limit', () => {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [null, 784] }, 'x');
    const w = g.add('Variable', { shape: [784, 10] }, 'W');
    g.add('MatMul', {}, 'logits', { a: x, b: w });
    expect(memoryOf(g, 2 * GB)).toEqual([]);
    // A tiny budget: the input row (3.1 KB at one example) and W (31.4 KB) are each over it.
    expect(memoryDiagnostics(analyze(g.doc()), 1000).map((d) => d.nodeId)).toEqual([x.id, w.id]);
    const big = new GraphBuilder();
    big.add('Variable', { shape: [1_000_000_000] }, 'W');
    expect(memoryOf(big)).toEqual([]);
  });

  it('derives a default from the machine: half its memory, at most 2 GB, at least 256 MB', () => {
    expect(machineMemoryBudget(16 * GiB)).toBe(2 * GB);
    expect(machineMemoryBudget(2 * GiB)).toBe(GiB);
    expect(machineMemoryBudget(0)).toBe(256e6);
    expect(machineMemoryBudget(Number.NaN)).toBe(256e6);
  });

  it('writes sizes as a learner reads them', () => {
    expect([0, 999, 1500, 2.5e6, 4e9, 1.08e10, 3e13].map(formatBytes)).toEqual(['0 bytes', '999 bytes', '1.5 KB', '2.5 MB', '4.0 GB', '10.8 GB', '30000.0 GB']);
  });
});
