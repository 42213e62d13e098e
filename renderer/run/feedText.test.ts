import { describe, expect, it } from 'vitest';
import { feedJson, parseFeedText } from './feedText.ts';

const unknown = { dtype: 'float32' as const, shape: null };
const rows2 = { dtype: 'float32' as const, shape: [null, 2] };
const vector = { dtype: 'float32' as const, shape: [null] };

describe('parseFeedText', () => {
  it('reads JSON values: lesson 1 feeds', () => {
    expect(parseFeedText('3', 'a', unknown)).toEqual({ ok: true, value: 3, shape: [] });
    expect(parseFeedText(' [1, 3] ', 'a', unknown)).toEqual({ ok: true, value: [1, 3], shape: [2] });
  });

  it('reads a table pasted from a spreadsheet or CSV', () => {
    expect(parseFeedText('0\t0\n0\t1\n1,0\n1 1\n', 'X', rows2)).toEqual({ ok: true, value: [[0, 0], [0, 1], [1, 0], [1, 1]], shape: [4, 2] });
    // A column fills a vector placeholder.
    expect(parseFeedText('1\n2\n3', 'x', vector)).toEqual({ ok: true, value: [1, 2, 3], shape: [3] });
  });

  it('refuses a wrong shape with the session message: placeholder, shape given, shape wanted', () => {
    expect(parseFeedText('[1, 2, 3]', 'X', rows2)).toEqual({ ok: false, message: 'Feed for Placeholder "X" has shape [3] but the placeholder is [?,2]: rank 1 instead of 2' });
  });

  it('refuses ragged tables and non-numbers, naming the line; and an empty field', () => {
    expect(parseFeedText('1, 2\n3', 'X', rows2)).toMatchObject({ ok: false, message: 'The feed for "X", line 2: 1 cell where the first row has 2; every row needs as many' });
    expect(parseFeedText('1, 2\n3, x', 'X', rows2)).toMatchObject({ ok: false, message: expect.stringContaining('line 2: "x" is not a number') });
    expect(parseFeedText('[[1], [2, 3]]', 'X', unknown)).toMatchObject({ ok: false, message: 'The feed for "X" is not a number or a rectangular list of numbers' });
    expect(parseFeedText('  ', 'a', unknown)).toMatchObject({ ok: false });
  });

  it('writes values back as compact JSON', () => {
    expect(feedJson([[0, 1], [1, 0]])).toBe('[[0, 1], [1, 0]]');
  });
});
