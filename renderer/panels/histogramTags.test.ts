import { describe, expect, it } from 'vitest';
import { orderedTags } from './histogramTags.ts';

describe('orderedTags', () => {
  const tags = ['W2 (gradient)', 'W1', 'W1 (gradient)', 'W2', 'layer1'];
  it('lists each value then its gradient, and filters', () => {
    expect(orderedTags(tags, 'all')).toEqual(['W1', 'W1 (gradient)', 'W2', 'W2 (gradient)', 'layer1']);
    expect(orderedTags(tags, 'values')).toEqual(['W1', 'W2', 'layer1']);
    expect(orderedTags(tags, 'gradients')).toEqual(['W1 (gradient)', 'W2 (gradient)']);
  });
});
