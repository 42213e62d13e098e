/** The palette's contents: every op a learner places, grouped by category and filtered by a search. */
import type { OpCategory, OpDef } from '../../core/ops/opDef.ts';

type PlacedCategory = Exclude<OpCategory, 'internal'>;

/** Group titles, in the order the palette shows them. */
export const CATEGORY_TITLES: Record<PlacedCategory, string> = {
  inputs: 'Inputs and data',
  variables: 'Variables',
  math: 'Math',
  activations: 'Activations',
  nn: 'Neural-net layers',
  shape: 'Shape',
  reduce: 'Reduce',
  compare: 'Compare',
  losses: 'Losses',
  optimizers: 'Optimizers',
};

export interface PaletteGroup {
  category: PlacedCategory;
  title: string;
  ops: OpDef[];
}

/**
 * The groups with at least one op matching `query` (case-insensitive, in the
 * op's kind or doc); internal ops (gradients, training updates) never show.
 * Within a group, kind matches come before doc matches, then alphabetical.
 */
export function paletteGroups(ops: readonly OpDef[], query = ''): PaletteGroup[] {
  const q = query.trim().toLowerCase();
  const rank = (op: OpDef) => (q === '' || op.kind.toLowerCase().includes(q) ? 0 : op.doc.toLowerCase().includes(q) ? 1 : -1);
  return (Object.keys(CATEGORY_TITLES) as PlacedCategory[])
    .map((category) => ({
      category,
      title: CATEGORY_TITLES[category],
      ops: ops
        .filter((op) => op.category === category && rank(op) >= 0)
        .sort((a, b) => rank(a) - rank(b) || a.kind.localeCompare(b.kind)),
    }))
    .filter((g) => g.ops.length > 0);
}
