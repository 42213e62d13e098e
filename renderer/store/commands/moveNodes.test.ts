import { describe, expect, it } from 'vitest';
import { CommandHarness } from './commandHarness.ts';
import { dense } from './fixtures.ts';
import { moveNodes } from './moveNodes.ts';

describe('moveNodes', () => {
  it('moves several nodes as one undo step and keeps the others as they were', () => {
    const h = new CommandHarness(dense());
    const [x, w, y] = ['x', 'W', 'y'].map((n) => h.node(n));
    h.run(moveNodes, { positions: { [x.id]: { x: 5, y: 6 }, [w.id]: { x: -7, y: 8.5 } } });
    expect(h.node('x').position).toEqual({ x: 5, y: 6 });
    expect(h.node('W').position).toEqual({ x: -7, y: 8.5 });
    expect(h.node('y')).toBe(y);
    expect(h.store.temporal.getState().pastStates).toHaveLength(1);
    h.expectUndoRedo();
  });

  it('changes nothing when nodes stay where they are', () => {
    const h = new CommandHarness(dense());
    const x = h.node('x');
    h.noop(moveNodes, { positions: { [x.id]: { ...x.position } } });
  });

  it('refuses unknown nodes and non-finite positions', () => {
    const h = new CommandHarness(dense());
    expect(h.refuse(moveNodes, { positions: { nope: { x: 0, y: 0 } } })).toMatch(/"nope"/);
    expect(h.refuse(moveNodes, { positions: { [h.node('x').id]: { x: Number.NaN, y: 0 } } })).toMatch(/finite/);
  });
});
