/**
 * Which loops run the session: the translator walks those once as the
 * training loop, and unrolls the others, which build graph nodes.
 */
import type { Expr, Stmt } from './ast.ts';

const SESSION_CALLS = ['run', 'eval', 'next_batch'];

/**
 * Whether a block calls `.run(...)`, `.eval(...)` or `.next_batch(...)`, or a
 * method of the program's classes that does (`m1.train(...)`, by name): a loop
 * around the session, not around the model.
 */
export function runsSession(body: readonly Stmt[], methods: ReadonlySet<string> = new Set()): boolean {
  const inExpr = (e: Expr | undefined): boolean => {
    if (!e) return false;
    switch (e.kind) {
      case 'call':
        return (e.func.kind === 'attribute' && (SESSION_CALLS.includes(e.func.name) || methods.has(e.func.name))) || inExpr(e.func) || e.args.some(inExpr) || e.keywords.some((k) => inExpr(k.value));
      case 'attribute':
        return inExpr(e.object);
      case 'subscript':
        return inExpr(e.object) || inExpr(e.index);
      case 'binary':
        return inExpr(e.left) || inExpr(e.right);
      case 'unary':
        return inExpr(e.operand);
      case 'compare':
      case 'boolean':
        return e.operands.some(inExpr);
      case 'list':
      case 'tuple':
        return e.items.some(inExpr);
      case 'dict':
        return e.entries.some(([k, v]) => inExpr(k) || inExpr(v));
      case 'conditional':
        return inExpr(e.test) || inExpr(e.body) || inExpr(e.orelse);
      default:
        return false;
    }
  };
  return body.some((s) => {
    switch (s.kind) {
      case 'assign':
      case 'expr':
      case 'augassign':
        return inExpr(s.value);
      case 'return':
        return inExpr(s.value);
      case 'with':
      case 'for':
      case 'if':
        return runsSession(s.body, methods) || ('orelse' in s && runsSession(s.orelse, methods));
      default:
        return false;
    }
  });
}
