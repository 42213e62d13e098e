import { describe, expect, it } from 'vitest';
import { addBreakpoint, removeBreakpoint, setBreakpointEnabled } from './breakpoints.ts';
import { CommandHarness } from './commandHarness.ts';
import { dense } from './fixtures.ts';

const vanishing = { kind: 'norm', of: 'gradient', when: 'below', threshold: 1e-6 } as const;

describe('breakpoint commands', () => {
  it('sets a breakpoint on a node, undoably; the same one again changes nothing', () => {
    const h = new CommandHarness(dense());
    const w = h.node('W').id;
    expect(h.run(addBreakpoint, { nodeId: w, condition: vanishing })).toBe('bp1');
    expect(h.doc.debug).toEqual({ breakpoints: [{ id: 'bp1', node: w, condition: vanishing }], watches: [] });
    h.expectUndoRedo();
    h.noop(addBreakpoint, { nodeId: w, condition: vanishing });
    expect(h.run(addBreakpoint, { nodeId: w, condition: { kind: 'step', step: 50 } })).toBe('bp2');
  });

  it('disables, enables and removes it, each undoable; removing the last drops the block', () => {
    const h = new CommandHarness(dense());
    const id = h.run(addBreakpoint, { nodeId: h.node('W').id, condition: vanishing });
    h.run(setBreakpointEnabled, { id, enabled: false });
    expect(h.doc.debug?.breakpoints[0].disabled).toBe(true);
    h.expectUndoRedo();
    h.noop(setBreakpointEnabled, { id, enabled: false });
    h.run(setBreakpointEnabled, { id, enabled: true });
    expect('disabled' in h.doc.debug!.breakpoints[0]).toBe(false);
    h.run(removeBreakpoint, { id });
    expect('debug' in h.doc).toBe(false);
    h.expectUndoRedo();
  });

  it('refuses a node that is not there, a bad threshold or step, and an unknown breakpoint', () => {
    const h = new CommandHarness(dense());
    expect(h.refuse(addBreakpoint, { nodeId: 'gone', condition: vanishing })).toMatch(/not in the graph/);
    expect(h.refuse(addBreakpoint, { nodeId: h.node('W').id, condition: { ...vanishing, threshold: Number.NaN } })).toBe('the threshold must be a number of at least 0, got NaN');
    expect(h.refuse(addBreakpoint, { nodeId: h.node('W').id, condition: { kind: 'step', step: 0 } })).toBe('the step must be a whole number of at least 1, got 0');
    expect(h.refuse(removeBreakpoint, { id: 'bp9' })).toBe('there is no breakpoint "bp9"');
  });
});
