import { describe, expect, it } from 'vitest';
import { badImageLabel, badMaxOutputs, cleanImageTag, MAX_IMAGE_OUTPUTS } from './imageTags.ts';

describe('image summary labels and max outputs', () => {
  it('takes the tags TF1 keeps as written: letters, digits, _ . - and scopes', () => {
    for (const ok of ['digits', 'X_img', 'conv1/W', 'a.b-c', '.hidden', '0']) expect(badImageLabel(ok)).toBeUndefined();
    for (const bad of ['my digits', '/lead', 'trail/', 'a//b', '_x', '-x', 'café', '']) expect(badImageLabel(bad), bad).toMatch(/is not one; try "/);
  });

  it('suggests the tag TF1 would use instead', () => {
    expect(cleanImageTag('my digits')).toBe('my_digits');
    expect(cleanImageTag('/lead')).toBe('lead');
    expect(cleanImageTag('a//b/')).toBe('a/b');
    expect(cleanImageTag('  ')).toBe('image');
    expect(badImageLabel(cleanImageTag('é/ x//'))).toBeUndefined();
  });

  it('keeps 1 to 64 images, whole numbers only', () => {
    expect(badMaxOutputs(1)).toBeUndefined();
    expect(badMaxOutputs(MAX_IMAGE_OUTPUTS)).toBeUndefined();
    expect(badMaxOutputs(0)).toBe('max outputs is a whole number from 1 to 64, not 0');
    expect(badMaxOutputs(65)).toMatch(/not 65/);
    expect(badMaxOutputs(2.5)).toMatch(/not 2.5/);
    expect(badMaxOutputs('3')).toMatch(/not "3"/);
  });
});
