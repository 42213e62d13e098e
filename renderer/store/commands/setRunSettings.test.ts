import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../core/graph/document.ts';
import { runSettingsOf } from '../runSettings.ts';
import { CommandHarness } from './commandHarness.ts';
import { dense, regression } from './fixtures.ts';
import { setRunSettings } from './setRunSettings.ts';

describe('setRunSettings', () => {
  it('writes steps, batch size, seed and log interval into the session', () => {
    const h = new CommandHarness(dense());
    h.run(setRunSettings, { count: 500, batchSize: 2, seed: 3, logEvery: 10 });
    expect(h.doc.session).toMatchObject({ steps: 500, batchSize: 2, seed: 3, logEvery: 10 });
    expect(runSettingsOf(h.doc)).toEqual({ mode: 'steps', count: 500, batchSize: 2, seed: 3, logEvery: 10 });
    h.expectUndoRedo();
  });

  it('switches to epochs, dropping steps, and empties batch size and log interval', () => {
    const h = new CommandHarness(dense());
    h.run(setRunSettings, { count: 300, batchSize: 4, logEvery: 5 });
    h.run(setRunSettings, { mode: 'epochs', count: 15, batchSize: undefined, logEvery: undefined });
    expect(h.doc.session).toMatchObject({ epochs: 15 });
    expect(h.doc.session).not.toHaveProperty('steps');
    expect(h.doc.session).not.toHaveProperty('batchSize');
    expect(h.doc.session).not.toHaveProperty('logEvery');
    h.expectUndoRedo();
  });

  it('makes a session for a document without one, keeping the course defaults it showed', () => {
    const h = new CommandHarness(emptyDocument());
    h.run(setRunSettings, { seed: 7 });
    expect(h.doc.session).toEqual({ fetches: [], feeds: {}, steps: 2001, seed: 7 });
    h.expectUndoRedo();
  });

  it('refuses counts under 1, fractions and negative seeds, and changes nothing for the same values', () => {
    const h = new CommandHarness(regression());
    expect(h.refuse(setRunSettings, { count: 0 })).toBe('the number of steps must be a whole number of at least 1, not 0');
    expect(h.refuse(setRunSettings, { batchSize: 2.5 })).toMatch(/batch size must be a whole number/);
    expect(h.refuse(setRunSettings, { logEvery: -1 })).toMatch(/log interval/);
    expect(h.refuse(setRunSettings, { seed: -1 })).toBe('the seed must be a whole number of at least 0, not -1');
    h.run(setRunSettings, { count: 10 });
    h.noop(setRunSettings, { count: 10, seed: 0 });
  });
});
