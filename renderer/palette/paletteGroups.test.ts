import { describe, expect, it } from 'vitest';
import { allOps } from '../../core/ops/registry.ts';
import { paletteGroups } from './paletteGroups.ts';

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
