/** Node names as TF1 makes them: unique in the graph, `MatMul`, `MatMul_1`, ... */
import type { GraphDocument } from '../../../core/graph/document.ts';

/** TF1's name charset; `/` separates scopes (`layer1/W`). */
const NAME = /^[A-Za-z0-9.][A-Za-z0-9_.\-/]*$/;

/** The name without a trailing `_<n>`, so a copy of `MatMul_1` becomes `MatMul_2`, not `MatMul_1_1`. */
export function nameBase(name: string): string {
  return name.replace(/_\d+$/, '') || name;
}

/** `base` if it is free, else the first free `base_1`, `base_2`, ... (TF1's unique_name). */
export function uniqueName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 1; ; i++) if (!taken.has(`${base}_${i}`)) return `${base}_${i}`;
}

/** Why a name cannot be used, or undefined when it can. */
export function nameProblem(name: string): string | undefined {
  if (name.length === 0) return 'a name cannot be empty';
  if (name.length > 200) return 'a name is at most 200 characters';
  if (!NAME.test(name) || name.endsWith('/') || name.includes('//'))
    return `"${name}" is not a valid name: use letters, digits and _ . - with / between scopes (like layer1/W)`;
  return undefined;
}

/** Every node name in the document. */
export function takenNames(doc: GraphDocument): Set<string> {
  return new Set(doc.nodes.map((n) => n.name));
}
