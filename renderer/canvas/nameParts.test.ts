import { describe, expect, it } from 'vitest';
import { farLabel, wordPieces } from './nameParts.ts';

describe('wordPieces', () => {
  it('breaks after / and _ and between CamelCase words, never inside one', () => {
    expect(wordPieces('gradients/one_minus_y_log_grad/SumToShapeOf')).toEqual(['gradients/', 'one_', 'minus_', 'y_', 'log_', 'grad/', 'Sum', 'To', 'Shape', 'Of']);
    expect(wordPieces('train/update_W1/ApplyGradientDescent')).toEqual(['train/', 'update_', 'W1/', 'Apply', 'Gradient', 'Descent']);
    expect(wordPieces('hypothesis')).toEqual(['hypothesis']);
    expect(wordPieces('')).toEqual([]);
  });

  it('can keep CamelCase names whole, breaking only after / and _', () => {
    expect(wordPieces('layer1/MatMul_grad/MatMul', false)).toEqual(['layer1/', 'MatMul_', 'grad/', 'MatMul']);
  });

  it('keeps capitals of one word together', () => {
    expect(wordPieces('MLPLayer')).toEqual(['MLP', 'Layer']);
    expect(wordPieces('X_img')).toEqual(['X_', 'img']);
    expect(wordPieces('W1')).toEqual(['W1']);
  });

  it('gives back the name when joined', () => {
    for (const name of ['a/b_c/DeF', 'layer1/Sigmoid', 'x__y//z']) expect(wordPieces(name).join('')).toBe(name);
  });
});

describe('farLabel', () => {
  it('drops the scope of a forward node', () => {
    expect(farLabel('layer3/Sigmoid', 'Sigmoid', false)).toBe('Sigmoid');
    expect(farLabel('cost', 'Neg', false)).toBe('cost');
  });

  it('names a backward node by its op part, an update by what it updates', () => {
    expect(farLabel('gradients/layer1_grad/SigmoidGrad', 'SigmoidGrad', true)).toBe('SigmoidGrad');
    expect(farLabel('train/update_W1/ApplyGradientDescent', 'ApplyGradient', true)).toBe('update_W1');
  });
});
