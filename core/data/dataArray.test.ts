import { describe, expect, it } from 'vitest';
import { fitRows } from './dataArray.ts';

describe('fitRows', () => {
  const values = new Float32Array(2 * 784);
  it('lays 784-pixel rows out as 28x28x1 images for a [?,28,28,1] placeholder', () => {
    expect(fitRows({ values, shape: [2, 784] }, [null, 28, 28, 1])).toEqual({ values, shape: [2, 28, 28, 1] });
    expect(fitRows({ values, shape: [2, 784] }, [null, 784]).shape).toEqual([2, 784]);
  });
  it('turns one CSV column into a list for a [?] or [n] placeholder', () => {
    const col = new Float32Array([1, 2, 3]);
    expect(fitRows({ values: col, shape: [3, 1] }, [null]).shape).toEqual([3]);
    expect(fitRows({ values: col, shape: [3, 1] }, [3]).shape).toEqual([3]);
  });
  it('leaves data that does not fit, or a placeholder of unknown layout, for the feed to report', () => {
    expect(fitRows({ values, shape: [2, 784] }, [null, 10]).shape).toEqual([2, 784]);
    expect(fitRows({ values, shape: [2, 784] }, [null, null, 28]).shape).toEqual([2, 784]);
    expect(fitRows({ values, shape: [2, 784] }, null).shape).toEqual([2, 784]);
    expect(fitRows({ values: new Float32Array([1]), shape: [] }, [null]).shape).toEqual([]);
  });
});
