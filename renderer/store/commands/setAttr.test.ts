import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/graph/analyze.ts';
import { formatShape } from '../../../core/graph/shape.ts';
import { CommandHarness } from './commandHarness.ts';
import { dense } from './fixtures.ts';
import { setAttr } from './setAttr.ts';

describe('setAttr', () => {
  it('sets an attr and the analysis follows', () => {
    const h = new CommandHarness(dense());
    const w = h.node('W');
    h.run(setAttr, { nodeId: w.id, attr: 'shape', value: [2, 5] });
    expect(h.node('W').attrs.shape).toEqual([2, 5]);
    expect(formatShape(analyze(h.doc).types.get(h.node('y').id)![0].shape)).toBe('[?,5]');
    h.expectUndoRedo();
  });

  it('sets an initializer object', () => {
    const h = new CommandHarness(dense());
    h.run(setAttr, { nodeId: h.node('W').id, attr: 'initializer', value: { kind: 'randomUniform', min: -0.5, max: 0.5 } });
    expect(h.node('W').attrs.initializer).toEqual({ kind: 'randomUniform', min: -0.5, max: 0.5 });
    h.expectUndoRedo();
  });

  it("refuses a value the attr's spec rejects, with the spec's reason", () => {
    const h = new CommandHarness(dense());
    const w = h.node('W');
    expect(h.refuse(setAttr, { nodeId: w.id, attr: 'shape', value: [null, 3] })).toBe('shape must have every dimension known (no null)');
    expect(h.refuse(setAttr, { nodeId: w.id, attr: 'trainable', value: 'yes' })).toMatch(/true or false/);
    expect(h.refuse(setAttr, { nodeId: w.id, attr: 'initializer', value: { kind: 'randomUniform', min: 1, max: 0 } })).toMatch(/min must not exceed max/);
  });

  it('refuses unknown attrs and nodes', () => {
    const h = new CommandHarness(dense());
    expect(h.refuse(setAttr, { nodeId: h.node('W').id, attr: 'colour', value: 1 })).toBe('Variable has no attribute "colour"');
    expect(h.refuse(setAttr, { nodeId: 'gone', attr: 'shape', value: [1] })).toMatch(/not in the graph/);
  });

  it('changes nothing when the value is the same', () => {
    const h = new CommandHarness(dense());
    h.noop(setAttr, { nodeId: h.node('W').id, attr: 'shape', value: [2, 3] });
  });
});
