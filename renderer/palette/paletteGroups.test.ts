import { describe, expect, it } from 'vitest';
import { allOps } from '../../core/ops/registry.ts';
import { paletteGroups, searchOps } from './paletteGroups.ts';

describe('paletteGroups', () => {
  it('groups every placeable op by category, in palette order, and hides internal ops', () => {
    const groups = paletteGroups(allOps());
    const kinds = groups.flatMap((g) => g.ops.map((o) => o.kind));
    expect(groups[0].title).toBe('Inputs and data');
    expect(groups.find((g) => g.category === 'variables')!.ops.map((o) => o.kind)).toEqual(['Variable']);
    expect(kinds).toContain('MatMul');
    expect(kinds).not.toContain('ReluGrad');
    expect(kinds).not.toContain('ApplyGradient');
    expect(kinds).toHaveLength(allOps().filter((o) => o.category !== 'internal').length);
  });

  it('filters by kind first, then by doc, ignoring case', () => {
    const groups = paletteGroups(allOps(), 'matmul');
    expect(groups[0].ops[0].kind).toBe('MatMul');
    const byDoc = paletteGroups(allOps(), 'tf.placeholder').flatMap((g) => g.ops.map((o) => o.kind));
    expect(byDoc).toEqual(['Placeholder']);
  });

  it('shows nothing when nothing matches', () => {
    expect(paletteGroups(allOps(), 'no such op anywhere')).toEqual([]);
  });
});

describe('searchOps', () => {
  it('lists kind matches first, then category matches, then doc matches', () => {
    const kinds = searchOps(allOps(), 'sig').map((o) => o.kind);
    expect(kinds.slice(0, 2)).toEqual(['Sigmoid', 'SigmoidCrossEntropyWithLogits']);
    const losses = searchOps(allOps(), 'losses').map((o) => o.kind);
    expect(losses).toContain('SoftmaxCrossEntropyWithLogits');
    expect(searchOps(allOps(), 'matmul')[0].kind).toBe('MatMul');
  });

  it('lists every placeable op for an empty query, in palette order', () => {
    expect(searchOps(allOps()).map((o) => o.kind)).toEqual(paletteGroups(allOps()).flatMap((g) => g.ops.map((o) => o.kind)));
  });
});

