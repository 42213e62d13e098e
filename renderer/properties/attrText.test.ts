import { describe, expect, it } from 'vitest';
import type { AttrSpec } from '../../core/ops/attrs.ts';
import { getOp } from '../../core/ops/registry.ts';
import { formatAttr, parseAttr } from './attrText.ts';

const placeholderShape = getOp('Placeholder').attrs.shape as AttrSpec;
const variableShape = getOp('Variable').attrs.shape as AttrSpec;
const learningRate = getOp('Minimize').attrs.learningRate as AttrSpec;
const constantValue = getOp('Constant').attrs.value as AttrSpec;
const ints: AttrSpec = { type: 'ints', default: null, nullable: true, doc: '' };

describe('shape fields', () => {
  it('read the ways people write shapes', () => {
    for (const text of ['[null, 784]', '?,784', '[?, 784]', '(None, 784)', ' [ ? , 784 ] '])
      expect(parseAttr(placeholderShape, text)).toEqual({ value: [null, 784] });
    expect(parseAttr(placeholderShape, '(784,)')).toEqual({ value: [784] });
    expect(parseAttr(placeholderShape, '[]')).toEqual({ value: [] });
  });

  it('read an empty field as "any shape" only where the spec allows it', () => {
    expect(parseAttr(placeholderShape, '')).toEqual({ value: null });
    expect(parseAttr(variableShape, '')).toEqual({ error: 'Enter a shape such as [2, 3], or [] for a scalar' });
  });

  it("explain what is wrong, with the core's words for spec problems", () => {
    expect(parseAttr(placeholderShape, '[?, x]')).toEqual({ error: '"x" is not a dimension: use a whole number, or ? for any size' });
    expect(parseAttr(placeholderShape, '[1, 2')).toMatchObject({ error: expect.stringContaining('Unbalanced') });
    expect(parseAttr(variableShape, '?, 3')).toEqual({ error: 'Value must have every dimension known (no null)' });
  });

  it('format as [?, 784] and round-trip', () => {
    expect(formatAttr(placeholderShape, [null, 784])).toBe('[?, 784]');
    expect(formatAttr(placeholderShape, null)).toBe('');
    expect(parseAttr(placeholderShape, formatAttr(placeholderShape, [null, 784]))).toEqual({ value: [null, 784] });
  });
});

describe('number fields', () => {
  it('check range as you type', () => {
    expect(parseAttr(learningRate, '0.1')).toEqual({ value: 0.1 });
    expect(parseAttr(learningRate, '0')).toEqual({ error: 'Value must be greater than 0, got 0' });
    expect(parseAttr(learningRate, 'fast')).toEqual({ error: '"fast" is not a number' });
    expect(parseAttr(learningRate, '')).toEqual({ error: 'Enter a number' });
  });
});

describe('ints and tensor fields', () => {
  it('read lists of ints, and empty as "all" where allowed', () => {
    expect(parseAttr(ints, '0, 1')).toEqual({ value: [0, 1] });
    expect(parseAttr(ints, '[-1]')).toEqual({ value: [-1] });
    expect(parseAttr(ints, '')).toEqual({ value: null });
    expect(parseAttr(ints, '0, one')).toEqual({ error: '"one" is not a whole number' });
    expect(formatAttr(ints, [0, 1])).toBe('0, 1');
  });

  it('read tensors as JSON and reject ragged ones', () => {
    expect(parseAttr(constantValue, '[[1, 2], [3, 4]]')).toEqual({ value: [[1, 2], [3, 4]] });
    expect(parseAttr(constantValue, '[[1, 2], [3]]')).toMatchObject({ error: expect.stringContaining('rectangular') });
    expect(parseAttr(constantValue, '[1, 2')).toMatchObject({ error: expect.stringContaining('nested list') });
  });
});
