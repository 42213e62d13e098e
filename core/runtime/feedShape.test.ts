import { describe, expect, it } from 'vitest';
import { feedShapeMessage, feedShapeProblem } from './feedShape.ts';

describe('feedShapeProblem', () => {
  it('accepts any shape for an unknown one and matching shapes with ? dimensions', () => {
    expect(feedShapeProblem([2], { dtype: 'float32', shape: null })).toBeUndefined();
    expect(feedShapeProblem([4, 2], { dtype: 'float32', shape: [null, 2] })).toBeUndefined();
    expect(feedShapeProblem([], { dtype: 'float32', shape: [] })).toBeUndefined();
  });

  it('says which rank or dimension is wrong', () => {
    expect(feedShapeProblem([3], { dtype: 'float32', shape: [null, 2] })).toBe('rank 1 instead of 2');
    expect(feedShapeProblem([4, 3], { dtype: 'float32', shape: [null, 2] })).toBe('dimension 1 is 3 instead of 2');
  });
});

describe('feedShapeMessage', () => {
  it('names the placeholder, the shape given and the shape wanted', () => {
    expect(feedShapeMessage('X', [4, 3], { dtype: 'float32', shape: [null, 2] })).toBe('Feed for Placeholder "X" has shape [4,3] but the placeholder is [?,2]: dimension 1 is 3 instead of 2');
    expect(feedShapeMessage('X', [4, 2], { dtype: 'float32', shape: [null, 2] })).toBeUndefined();
  });
});
