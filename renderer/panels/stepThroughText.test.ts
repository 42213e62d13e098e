import { describe, expect, it } from 'vitest';
import { stepThroughText } from './stepThroughText.ts';

describe('stepThroughText', () => {
  it('numbers each pass as the step counter does', () => {
    expect(stepThroughText('initial', 0)).toMatch(/^Step 0: only the variables have values, their initial ones/);
    // Only loaded weights show variables alone past step 0.
    expect(stepThroughText('initial', 376)).toMatch(/^Step 376: only the variables have values, the loaded weights/);
    expect(stepThroughText('forward', 0)).toMatch(/^Step 0, forward pass/);
    expect(stepThroughText('backward', 0)).toMatch(/^Step 0, backward pass/);
    expect(stepThroughText('update', 1)).toBe('Update applied: the ringed variables changed, now at step 1. Forward › computes step 1.');
  });

  it('says nothing while training or after a whole step', () => {
    expect(stepThroughText('training', 500)).toBeUndefined();
    expect(stepThroughText('step', 3)).toBeUndefined();
  });
});
