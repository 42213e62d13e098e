/**
 * How deep the importer reads: brackets, operators and blocks nest at most
 * MAX_NESTING levels. Deeper input is refused as a skipped statement, with
 * its line and this reason, instead of overflowing the call stack of the
 * parser or of the translator that walks the tree after it.
 */
import type { Expr } from './ast.ts';

/** CPython itself stops at 200 nested brackets and 100 indentation levels; course code nests fewer than 10. */
export const MAX_NESTING = 100;

export const TOO_DEEP_EXPRESSION = `this expression is nested more than ${MAX_NESTING} levels deep (brackets, calls or a chain of operators); split it over several lines`;
export const TOO_DEEP_BLOCKS = `blocks nested more than ${MAX_NESTING} levels deep (an elif counts as one level); the block from here on was not imported`;

/** The depth of an expression tree (a name is 1), measured without recursion, so any tree is safe to measure. */
export function exprDepth(root: Expr): number {
  let deepest = 0;
  const stack: [Expr, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [e, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    for (const child of children(e)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function children(e: Expr): Expr[] {
  switch (e.kind) {
    case 'list':
    case 'tuple':
      return e.items;
    case 'dict':
      return e.entries.flat();
    case 'attribute':
      return [e.object];
    case 'call':
      return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case 'subscript':
      return [e.object, e.index];
    case 'slice':
      return [e.lower, e.upper, e.step].filter((x): x is Expr => x !== undefined);
    case 'binary':
      return [e.left, e.right];
    case 'unary':
      return [e.operand];
    case 'compare':
    case 'boolean':
      return e.operands;
    case 'conditional':
      return [e.test, e.body, e.orelse];
    default:
      return [];
  }
}
