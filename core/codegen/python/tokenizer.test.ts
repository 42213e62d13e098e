import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenizer.ts';

const kinds = (src: string) => tokenize(src).map((t) => (t.kind === 'op' || t.kind === 'name' ? t.text : t.kind));

describe('tokenize', () => {
  it('ends logical lines with NEWLINE and brackets blocks with INDENT and DEDENT', () => {
    const src = 'for i in range(3):\n    x = i\n\n    # comment\n    y = 2\nz = 1\n';
    expect(kinds(src)).toEqual([
      'for', 'i', 'in', 'range', '(', 'number', ')', ':', 'newline',
      'indent', 'x', '=', 'i', 'newline', 'y', '=', 'number', 'newline',
      'dedent', 'z', '=', 'number', 'newline', 'eof',
    ]);
  });

  it('joins lines inside brackets and after a backslash, and keeps line numbers of the first character', () => {
    const toks = tokenize('a = [1,\n     2]\nb = 1 + \\\n    2\n');
    expect(toks.filter((t) => t.kind === 'newline')).toHaveLength(2);
    expect(toks.find((t) => t.text === '2' && t.kind === 'number')?.line).toBe(2);
    expect(toks.find((t) => t.text === 'b')?.line).toBe(3);
    expect(toks.filter((t) => t.kind === 'indent')).toEqual([]);
  });

  it('reads ints, floats, exponents, hex and underscores, marking which are ints', () => {
    const nums = tokenize('1 2.5 1e-5 .5 0x1F 1_000 3.').filter((t) => t.kind === 'number');
    expect(nums.map((t) => [t.value, t.isInt])).toEqual([[1, true], [2.5, false], [1e-5, false], [0.5, false], [31, true], [1000, true], [3, false]]);
  });

  it('decodes strings: both quotes, escapes, raw and triple-quoted', () => {
    const strs = tokenize(`'a\\nb' "it's" r'\\d' """two\nlines""" f"x={x}"`).filter((t) => t.kind === 'string');
    expect(strs.map((t) => t.value)).toEqual(['a\nb', "it's", '\\d', 'two\nlines', 'x={x}']);
  });

  it('prefers the longest operator', () => {
    expect(kinds('a **= b // c != d')).toEqual(['a', '**=', 'b', '//', 'c', '!=', 'd', 'newline', 'eof']);
  });

  it('turns what it cannot read into bad tokens with a reason, and goes on', () => {
    const toks = tokenize("x = 'open\ny = $\nz = 1j\n");
    const bad = toks.filter((t) => t.kind === 'bad');
    expect(bad.map((t) => [t.line, t.value])).toEqual([
      [1, 'this string is never closed'],
      [2, 'the character "$" is not Python'],
      [3, 'complex numbers are not supported'],
    ]);
    expect(toks.at(-1)?.kind).toBe('eof');
  });

  it('flags a dedent to a column no block started at', () => {
    const toks = tokenize('if a:\n        b = 1\n    c = 2\n');
    expect(toks.find((t) => t.kind === 'bad')).toMatchObject({ line: 3, value: 'the indentation does not match any outer block' });
  });
});
