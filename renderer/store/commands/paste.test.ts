import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../core/graph/document.ts';
import { CommandHarness } from './commandHarness.ts';
import { concat, dense } from './fixtures.ts';
import { copyFragment } from './fragment.ts';
import { offsetTo, paste } from './paste.ts';

describe('paste', () => {
  it('pastes into another document keeping names that are free and the links inside the fragment', () => {
    const source = dense();
    const fragment = copyFragment(source, source.nodes.filter((n) => n.name !== 'act').map((n) => n.id));
    const h = new CommandHarness(emptyDocument());
    const ids = h.run(paste, { fragment, offset: { x: 100, y: 0 } });
    expect(h.doc.nodes.map((n) => n.name)).toEqual(['x', 'W', 'y']);
    expect(h.doc.edges.map((e) => [e.source, e.target, e.targetInput])).toEqual([
      [ids[0], ids[2], 'a'],
      [ids[1], ids[2], 'b'],
    ]);
    expect(h.node('x').position).toEqual({ x: source.nodes[0].position.x + 100, y: 0 });
    h.expectUndoRedo();
  });

  it('gives clashing names the next free number and every node and edge a fresh id', () => {
    const doc = dense();
    const h = new CommandHarness(doc);
    h.run(paste, { fragment: copyFragment(doc, doc.nodes.map((n) => n.id)), offset: { x: 0, y: 0 } });
    expect(h.doc.nodes.map((n) => n.name)).toEqual(['x', 'W', 'y', 'act', 'x_1', 'W_1', 'y_1', 'act_1']);
    expect(new Set(h.doc.nodes.map((n) => n.id)).size).toBe(8);
    expect(new Set(h.doc.edges.map((e) => e.id)).size).toBe(6);
    h.expectUndoRedo();
  });

  it('renumbers variadic entries whose earlier entries were not copied', () => {
    const doc = concat();
    const names = (n: string) => doc.nodes.find((x) => x.name === n)!.id;
    const h = new CommandHarness(doc);
    h.run(paste, { fragment: copyFragment(doc, [names('c2'), names('cat')]), offset: { x: 0, y: 0 } });
    const pasted = h.doc.edges.filter((e) => e.target === h.node('cat_1').id);
    expect(pasted.map((e) => e.targetInput)).toEqual(['values:0']);
    h.expectUndoRedo();
  });

  it('refuses an empty or inconsistent fragment', () => {
    const h = new CommandHarness(dense());
    expect(h.refuse(paste, { fragment: { nodes: [], edges: [] }, offset: { x: 0, y: 0 } })).toMatch(/nothing to paste/);
    const fragment = copyFragment(dense(), [dense().nodes[0].id]);
    fragment.edges.push({ id: 'e', source: fragment.nodes[0].id, sourceOutput: 'value', target: 'elsewhere', targetInput: 'x' });
    expect(h.refuse(paste, { fragment, offset: { x: 0, y: 0 } })).toMatch(/leaves the copied nodes/);
  });
});

describe('offsetTo', () => {
  it('moves the fragment’s top-left corner to the point, rounded to the grid', () => {
    const doc = dense();
    const fragment = copyFragment(doc, doc.nodes.map((n) => n.id));
    const left = Math.min(...doc.nodes.map((n) => n.position.x));
    const top = Math.min(...doc.nodes.map((n) => n.position.y));
    expect(offsetTo(fragment, { x: left + 333, y: top - 47 }, 20)).toEqual({ x: 340, y: -40 });
    expect(offsetTo({ nodes: [], edges: [] }, { x: 5, y: 5 })).toEqual({ x: 0, y: 0 });
  });
});
