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
 * How well an op matches a search, lower is better: its kind starting with
 * the query, its kind containing it, its category's title, then its doc.
 * -1 when it does not match; every op matches an empty query equally.
 */
export function opRank(op: OpDef, query: string): number {
  const q = query.trim().toLowerCase();
  if (q === '') return 0;
  const kind = op.kind.toLowerCase();
  if (kind.startsWith(q)) return 0;
  if (kind.includes(q)) return 1;
  if (op.category !== 'internal' && CATEGORY_TITLES[op.category].toLowerCase().includes(q)) return 2;
  return op.doc.toLowerCase().includes(q) ? 3 : -1;
}

/**
 * The groups with at least one op matching `query` (see opRank); internal
 * ops (gradients, training updates) never show. Within a group, better
 * matches come first, then alphabetical.
 */
export function paletteGroups(ops: readonly OpDef[], query = ''): PaletteGroup[] {
  return (Object.keys(CATEGORY_TITLES) as PlacedCategory[])
    .map((category) => ({
      category,
      title: CATEGORY_TITLES[category],
      ops: ops
        .filter((op) => op.category === category && opRank(op, query) >= 0)
        .sort((a, b) => opRank(a, query) - opRank(b, query) || a.kind.localeCompare(b.kind)),
    }))
    .filter((g) => g.ops.length > 0);
}

/** Every matching op in one list, best matches first, for the quick-add box. */
export function searchOps(ops: readonly OpDef[], query = ''): OpDef[] {
  const groups = paletteGroups(ops, query);
  const order = new Map(groups.flatMap((g) => g.ops).map((op, i) => [op, i]));
  return [...order.keys()].sort((a, b) => opRank(a, query) - opRank(b, query) || order.get(a)! - order.get(b)!);
}
