import { describe, expect, it } from 'vitest';
import { CommandHarness } from './commandHarness.ts';
import { addBreakpoint } from './breakpoints.ts';
import { addWatch, removeWatch } from './watches.ts';
import { dense } from './fixtures.ts';

describe('watch commands', () => {
  it('adds a watch on a node, undoably; the same one again changes nothing; another stat is another watch', () => {
    const h = new CommandHarness(dense());
    const w = h.node('W').id;
    expect(h.run(addWatch, { nodeId: w, of: 'gradient', stat: 'norm' })).toBe('w1');
    expect(h.doc.debug).toEqual({ breakpoints: [], watches: [{ id: 'w1', node: w, of: 'gradient', stat: 'norm' }] });
    h.expectUndoRedo();
    h.noop(addWatch, { nodeId: w, of: 'gradient', stat: 'norm' });
    expect(h.run(addWatch, { nodeId: w, of: 'value', stat: 'mean' })).toBe('w2');
    expect(h.refuse(addWatch, { nodeId: 'nope', of: 'value', stat: 'norm' })).toMatch(/not in the graph/);
  });

  it('removes it, undoably; removing the last watch drops the block, but not the breakpoints beside it', () => {
    const h = new CommandHarness(dense());
    const id = h.run(addWatch, { nodeId: h.node('W').id, of: 'value', stat: 'norm' });
    h.run(removeWatch, { id });
    expect('debug' in h.doc).toBe(false);
    h.expectUndoRedo();
    expect(h.refuse(removeWatch, { id: 'w9' })).toMatch(/no watch "w9"/);
    const k = new CommandHarness(dense());
    k.run(addBreakpoint, { nodeId: k.node('W').id, condition: { kind: 'step', step: 5 } });
    const wid = k.run(addWatch, { nodeId: k.node('W').id, of: 'value', stat: 'norm' });
    k.run(removeWatch, { id: wid });
    expect(k.doc.debug?.breakpoints).toHaveLength(1);
  });
});
