import { describe, expect, it } from 'vitest';
import { jsLiteral, pyLiteral, pyNumber } from './literals.ts';

describe('literals', () => {
  it('writes Python floats with a point and booleans as True/False', () => {
    expect(pyLiteral([[1, 2.5], [0, -3]], true)).toBe('[[1.0, 2.5], [0.0, -3.0]]');
    expect(pyLiteral([1, 2], false)).toBe('[1, 2]');
    expect(pyLiteral([true, false])).toBe('[True, False]');
    expect(pyNumber(1e-7)).toBe('1e-7');
    expect(pyNumber(2)).toBe('2.0');
  });

  it('puts each row of a long table on its own line', () => {
    const rows = Array.from({ length: 4 }, (_, i) => Array.from({ length: 12 }, (_, j) => i * 12 + j));
    const text = pyLiteral(rows, false);
    expect(text.split('\n')).toHaveLength(6);
    expect(JSON.parse(text.replace(/,\n\]/, '\n]'))).toEqual(rows);
    expect(JSON.parse(jsLiteral(rows).replace(/,\n\]/, '\n]'))).toEqual(rows);
  });
});
