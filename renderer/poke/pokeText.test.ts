import { describe, expect, it } from 'vitest';
import { pickedText } from './pokeText.ts';

describe('pickedText', () => {
  it('names the digit, its class and the verdict', () => {
    expect(pickedText({ index: 42, label: 4, predicted: 9 })).toBe('Test digit #42 (a 4, predicted as 9) is the input: every node shows its value and gradient for this one digit.');
    expect(pickedText({ index: 7, label: 1, predicted: 1 })).toMatch(/^Test digit #7 \(a 1, predicted right\)/);
    expect(pickedText({ index: 7, label: 1, predicted: -1 })).toMatch(/^Test digit #7 \(a 1\) is/);
  });
});
