import { describe, expect, it } from 'vitest';
import type { Checkpoint } from '../../../core/checkpoint/checkpoint.ts';
import { CommandHarness } from './commandHarness.ts';
import { setDocumentWeights } from './documentWeights.ts';
import { dense } from './fixtures.ts';

const weights: Checkpoint = { format: 'flowboard.weights', version: 1, encoding: 'base64-float32-le', graph: { title: 'dense', fingerprint: 'f' }, step: 5, variables: [] };

describe('setDocumentWeights', () => {
  it('keeps weights in the document and drops them again, each undoable; the same weights again change nothing', () => {
    const h = new CommandHarness(dense());
    h.run(setDocumentWeights, { weights });
    expect(h.doc.weights).toBe(weights);
    h.expectUndoRedo();
    h.noop(setDocumentWeights, { weights });
    h.run(setDocumentWeights, { weights: undefined });
    expect('weights' in h.doc).toBe(false);
  });
});
