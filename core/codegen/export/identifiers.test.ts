import { describe, expect, it } from 'vitest';
import { identifiersFor, reservedWords } from './identifiers.ts';

describe('identifiersFor', () => {
  const reserved = reservedWords(['tf', 'model']);

  it('keeps names that are identifiers in both languages', () => {
    expect(identifiersFor(['W', 'hypothesis', 'layer_1', '_x'], reserved)).toEqual(['W', 'hypothesis', 'layer_1', '_x']);
  });

  it('sanitises scoped, dashed and leading-digit names, and avoids reserved words of Python, JS and the generated code', () => {
    expect(identifiersFor(['layer1/W', 'x-input', '1st', 'lambda', 'const', 'tf', 'model'], reserved)).toEqual(['layer1_W', 'x_input', '_1st', 'lambda_1', 'const_1', 'tf_1', 'model_1']);
  });

  it('never gives a sanitised name the identifier of a real node, whatever the order', () => {
    expect(identifiersFor(['a/b', 'a_b', 'a-b'], reserved)).toEqual(['a_b_1', 'a_b', 'a_b_2']);
  });
});
