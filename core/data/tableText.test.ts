import { describe, expect, it } from 'vitest';
import { parseTableText } from './tableText.ts';

describe('parseTableText', () => {
  it('reads a spreadsheet paste (tabs), CSV text and space-separated numbers', () => {
    expect(parseTableText('0\t0\n0\t1\r\n1\t0\n1\t1\n')).toEqual({ rows: [[0, 0], [0, 1], [1, 0], [1, 1]] });
    expect(parseTableText('1.5, -2\n3e2, .5\n\n')).toEqual({ rows: [[1.5, -2], [300, 0.5]] });
    expect(parseTableText('  1  2 3\n4 5 6 ')).toEqual({ rows: [[1, 2, 3], [4, 5, 6]] });
  });

  it('keeps a header row of names apart', () => {
    expect(parseTableText('x1,x2\n1,2\n')).toEqual({ rows: [[1, 2]], header: ['x1', 'x2'] });
    expect(parseTableText('"a"\t"b"\n3\t4')).toEqual({ rows: [[3, 4]], header: ['a', 'b'] });
  });

  it('refuses empty text, ragged rows and non-numbers with the line', () => {
    expect(() => parseTableText(' \n\n')).toThrow('the table is empty');
    expect(() => parseTableText('x,y\n')).toThrow('a header row but no rows');
    expect(() => parseTableText('1,2\n3\n')).toThrow('line 2 has 1 values but line 1 has 2');
    expect(() => parseTableText('1,2\n3,abc\n')).toThrow('line 2, value 2: "abc" is not a number');
    expect(() => parseTableText('1,2\n3,\n')).toThrow('line 2, value 2: the value is empty');
    expect(() => parseTableText('1,abc\n')).toThrow('line 1, value 2: "abc" is not a number');
  });
});
