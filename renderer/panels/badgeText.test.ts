import { describe, expect, it } from 'vitest';
import { changeText, fetchedText, updateText } from './badgeText.ts';

const fetched = (shape: number[], values: number[]) => ({ nodeId: 'n', dtype: 'float32', shape, values: Float64Array.from(values) });
const change = { id: 'b', updateNode: 'u', before: 0.52, after: 0.49, deltaNorm: 0.0123456, deltaMax: 0.01 };

describe('badge texts', () => {
  it('shows a fetched value as sess.run prints it, summarised when large', () => {
    expect(fetchedText(fetched([], [7]))).toBe('= 7');
    expect(fetchedText(fetched([2], [3, 7]))).toBe('= [3, 7]');
    expect(fetchedText(fetched([4, 2], [0, 0, 0, 1, 1, 0, 1, 1]))).toBe('[4,2] μ 0.5 σ 0.5 (min 0, max 1)');
  });

  it('shows a scalar variable before and after, a tensor by the size of its step', () => {
    expect(changeText(change, true)).toBe('0.52 → 0.49');
    expect(changeText(change, false)).toBe('‖Δ‖ 0.01235');
    expect(updateText(change, 'layer1/b1')).toBe('b1 moved ‖Δ‖ 0.01235');
  });
});
