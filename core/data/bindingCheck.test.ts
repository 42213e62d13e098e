import { describe, expect, it } from 'vitest';
import type { DataBinding, NestedNumbers } from '../graph/document.ts';
import { bindingSummary, feedProblem } from './bindingCheck.ts';

const inline = (value: NestedNumbers): DataBinding => ({ kind: 'inline', value });

describe('bindingSummary', () => {
  it('gives the shape and the first fraction and non-binary value', () => {
    expect(bindingSummary(inline([[0, 1], [1, 0]]), undefined)).toEqual({ shape: [2, 2] });
    expect(bindingSummary(inline([[1, 3, 2.5]]), undefined)).toEqual({ shape: [1, 3], fraction: 2.5, nonBinary: 3 });
    expect(bindingSummary(inline(0.7), undefined)).toEqual({ shape: [], fraction: Math.fround(0.7), nonBinary: Math.fround(0.7) });
  });

  it('reads a kept CSV file, and cannot tell for a file the document does not keep', () => {
    const files = { 'd.csv': 'x,y\n1,2\n3,4\n5,6\n' };
    expect(bindingSummary({ kind: 'csv', path: 'd.csv', columns: ['x'] }, files)).toEqual({ shape: [3, 1], nonBinary: 3 });
    expect(bindingSummary({ kind: 'csv', path: 'other.csv', columns: ['x'] }, files)).toBeUndefined();
    expect(bindingSummary({ kind: 'csv', path: 'd.csv', columns: ['z'] }, files)).toBe('d.csv has no column "z"; its columns are: x, y');
    expect(bindingSummary({ kind: 'csv', path: 'd.csv', columns: ['x'] }, { 'd.csv': 'x\n1\nabc\n' })).toMatch(/d\.csv line 3, column "x": "abc" is not a number/);
  });

  it('knows the shapes of the MNIST splits without reading them', () => {
    expect(bindingSummary({ kind: 'dataset', name: 'mnist', split: 'train-55k', field: 'images' }, undefined)).toMatchObject({ shape: [55000, 784] });
    expect(bindingSummary({ kind: 'dataset', name: 'mnist', split: 'test', field: 'labels' }, undefined)).toEqual({ shape: [10000, 10] });
  });
});

describe('feedProblem', () => {
  const summary = (b: DataBinding) => bindingSummary(b, undefined) as Exclude<ReturnType<typeof bindingSummary>, string | undefined>;

  it('accepts data that fits, with the rows fitted as training fits them', () => {
    expect(feedProblem('X', { dtype: 'float32', shape: [null, 2] }, summary(inline([[0, 0], [1, 1]])), 'inline data')).toBeUndefined();
    // One column fills a [?]; 784 pixels fill a [?,28,28,1].
    expect(feedProblem('y', { dtype: 'float32', shape: [null] }, summary(inline([[1], [2]])), 'inline data')).toBeUndefined();
    expect(feedProblem('X', { dtype: 'float32', shape: [null, 28, 28, 1] }, summary({ kind: 'dataset', name: 'mnist', split: 'test', field: 'images' }), 'MNIST')).toBeUndefined();
    expect(feedProblem('keep', { dtype: 'float32', shape: [] }, summary(inline(0.5)), 'inline data')).toBeUndefined();
    expect(feedProblem('any', { dtype: 'float32', shape: null }, summary(inline([[[1]]])), 'inline data')).toBeUndefined();
  });

  it('names the Placeholder, both shapes and the dtype when the data does not fit', () => {
    expect(feedProblem('x', { dtype: 'float32', shape: [null] }, summary(inline([[1, 2], [3, 4]])), 'inline data')).toBe(
      'Placeholder "x" takes [?] float32, but the data bound to it (inline data) is [2,2]: rank 2 where the Placeholder has rank 1',
    );
    expect(feedProblem('X', { dtype: 'float32', shape: [null, 2] }, summary(inline([[1, 2, 3]])), 'inline data')).toBe(
      'Placeholder "X" takes [?,2] float32, but the data bound to it (inline data) is [1,3]: dimension 1 is 3 where the Placeholder has 2',
    );
    expect(feedProblem('W', { dtype: 'float32', shape: [3] }, summary(inline([1, 2])), 'inline data')).toMatch(/dimension 0 is 2 where the Placeholder has 3/);
    expect(feedProblem('X', { dtype: 'float32', shape: [null, 2] }, summary(inline([])), 'inline data')).toMatch(/is \[0\]: rank 1 where the Placeholder has rank 2/);
  });

  it('refuses fractions for int32 and values other than 0 and 1 for bool', () => {
    expect(feedProblem('k', { dtype: 'int32', shape: [null] }, summary(inline([1, 2.5])), 'inline data')).toBe(
      'Placeholder "k" takes [?] int32, but the data bound to it (inline data) holds fractions such as 2.5: an int32 Placeholder takes whole numbers',
    );
    expect(feedProblem('k', { dtype: 'int32', shape: [null] }, summary(inline([1, 2])), 'inline data')).toBeUndefined();
    expect(feedProblem('m', { dtype: 'bool', shape: [2] }, summary(inline([true, 2])), 'inline data')).toMatch(/holds 2: a bool Placeholder takes 0\/1 or true\/false/);
    expect(feedProblem('m', { dtype: 'bool', shape: [2] }, summary(inline([true, false])), 'inline data')).toBeUndefined();
  });
});
