import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/graph/analyze.ts';
import { CommandHarness } from './commandHarness.ts';
import { connect } from './connect.ts';
import { concat, dense } from './fixtures.ts';

describe('connect', () => {
  it('adds an edge from an output to an input', () => {
    const h = new CommandHarness(dense());
    const [x, act] = [h.node('x'), h.node('act')];
    const before = h.doc.edges.length;
    const id = h.run(connect, { source: x.id, sourceOutput: 'value', target: act.id, targetInput: 'x' });
    expect(h.doc.edges).toHaveLength(before);
    expect(h.doc.edges.find((e) => e.id === id)).toEqual({ id, source: x.id, sourceOutput: 'value', target: act.id, targetInput: 'x' });
    h.expectUndoRedo();
  });

  it('replaces the edge already in a single input', () => {
    const h = new CommandHarness(dense());
    const [w, y] = [h.node('W'), h.node('y')];
    h.run(connect, { source: w.id, sourceOutput: 'value', target: y.id, targetInput: 'a' });
    const into = h.doc.edges.filter((e) => e.target === y.id && e.targetInput === 'a');
    expect(into.map((e) => e.source)).toEqual([w.id]);
    h.expectUndoRedo();
  });

  it('appends to a variadic input, and replaces a numbered entry', () => {
    const h = new CommandHarness(concat());
    const [c0, cat] = [h.node('c0'), h.node('cat')];
    h.run(connect, { source: c0.id, sourceOutput: 'value', target: cat.id, targetInput: 'values' });
    expect(h.doc.edges.map((e) => e.targetInput)).toEqual(['values:0', 'values:1', 'values:2', 'values:3']);
    h.expectUndoRedo();
    h.run(connect, { source: h.node('c2').id, sourceOutput: 'value', target: cat.id, targetInput: 'values:0' });
    expect(h.doc.edges).toHaveLength(4);
    expect(h.doc.edges.find((e) => e.targetInput === 'values:0')!.source).toBe(h.node('c2').id);
    h.expectUndoRedo();
  });

  it('keeps a shape mismatch as a diagnostic rather than refusing it', () => {
    const h = new CommandHarness(dense());
    const [w, y] = [h.node('W'), h.node('y')];
    h.run(connect, { source: w.id, sourceOutput: 'value', target: y.id, targetInput: 'a' });
    expect(analyze(h.doc).diagnostics.map((d) => d.code)).toContain('SHAPE_MISMATCH');
  });

  it('changes nothing when the same edge already exists', () => {
    const h = new CommandHarness(dense());
    const edge = h.doc.edges[0];
    h.noop(connect, { source: edge.source, sourceOutput: edge.sourceOutput, target: edge.target, targetInput: edge.targetInput });
  });

  it('refuses unknown ports, missing nodes and cycles', () => {
    const h = new CommandHarness(dense());
    const [x, y, act] = [h.node('x'), h.node('y'), h.node('act')];
    expect(h.refuse(connect, { source: x.id, sourceOutput: 'nope', target: y.id, targetInput: 'a' })).toMatch(/no output "nope"/);
    expect(h.refuse(connect, { source: x.id, sourceOutput: 'value', target: y.id, targetInput: 'c' })).toMatch(/no input "c"/);
    expect(h.refuse(connect, { source: x.id, sourceOutput: 'value', target: y.id, targetInput: 'a:1' })).toMatch(/no input "a:1"/);
    expect(h.refuse(connect, { source: 'gone', sourceOutput: 'value', target: y.id, targetInput: 'a' })).toMatch(/not in the graph/);
    expect(h.refuse(connect, { source: act.id, sourceOutput: 'y', target: y.id, targetInput: 'a' })).toMatch(/cycle/);
    expect(h.refuse(connect, { source: act.id, sourceOutput: 'y', target: act.id, targetInput: 'x' })).toMatch(/cycle/);
  });
});
