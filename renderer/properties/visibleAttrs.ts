/** Which attrs the panel shows: all of them, except that an optimizer shows only its own settings. */
import type { GraphNode } from '../../core/graph/document.ts';
import type { AttrSpec } from '../../core/ops/attrs.ts';
import type { OpDef } from '../../core/ops/opDef.ts';
import { OPTIMIZER_KINDS, OPTIMIZER_SETTINGS, type OptimizerKind } from '../../core/ops/optimizerAttrs.ts';

/** The attrs to show for a node, in spec order. */
export function visibleAttrs(node: GraphNode, def: OpDef): [string, AttrSpec][] {
  const all = Object.entries(def.attrs);
  const optimizer = node.attrs.optimizer ?? def.attrs.optimizer?.default;
  if (def.category !== 'optimizers' || !(OPTIMIZER_KINDS as readonly unknown[]).includes(optimizer)) return all;
  const shown = new Set<string>(['optimizer', ...OPTIMIZER_SETTINGS[optimizer as OptimizerKind]]);
  return all.filter(([name]) => shown.has(name));
}
