/**
 * `def` and `class` statements, read whole so the translator can run a
 * class's methods (the course's `class Model`): a def's parameters with
 * their defaults, a class's bases, and each body as statements.
 */
import type { Expr, Param, Stmt } from './ast.ts';
import { parseTest } from './parseExpr.ts';
import { ParseError, type TokenStream } from './tokenStream.ts';

type Suite = (ts: TokenStream) => Stmt[];

/** `def name(a, b=1, *args, **kw) -> T:` and its block. */
export function defStatement(ts: TokenStream, suite: Suite): Stmt {
  const line = ts.next().line;
  const name = nameAfter(ts, 'def');
  ts.expectOp('(', 'after the function name');
  const params: Param[] = [];
  while (!ts.isOp(')')) {
    params.push(param(ts));
    if (!ts.acceptOp(',')) break;
  }
  ts.expectOp(')', 'to close the parameter list');
  // The return annotation is read and dropped: it changes nothing the importer builds.
  if (ts.acceptOp('->')) parseTest(ts);
  return { kind: 'def', name, params, body: suite(ts), line, endLine: ts.previous().line };
}

function param(ts: TokenStream): Param {
  if (ts.acceptOp('/')) return { name: '/', star: '*' };
  const star = ts.acceptOp('**') ? '**' : ts.acceptOp('*') ? '*' : undefined;
  // A bare `*` marks the keyword-only parameters after it.
  const name = star === '*' && (ts.isOp(',') || ts.isOp(')')) ? '' : nameAfter(ts, 'parameter');
  if (ts.acceptOp(':')) parseTest(ts);
  const value = !star && ts.acceptOp('=') ? parseTest(ts) : undefined;
  return { name, ...(value ? { default: value } : {}), ...(star ? { star } : {}) };
}

/** `class Name:` or `class Name(Base, metaclass=M):` and its block. */
export function classStatement(ts: TokenStream, suite: Suite): Stmt {
  const line = ts.next().line;
  const name = nameAfter(ts, 'class');
  const bases: Expr[] = [];
  if (ts.acceptOp('(')) {
    while (!ts.isOp(')')) {
      // `metaclass=M` is kept as its value: any base but object is refused by the translator.
      if (ts.peek().kind === 'name' && ts.isOp('=', 1)) {
        ts.next();
        ts.next();
      }
      bases.push(parseTest(ts));
      if (!ts.acceptOp(',')) break;
    }
    ts.expectOp(')', 'to close the list of base classes');
  }
  return { kind: 'class', name, bases, body: suite(ts), line, endLine: ts.previous().line };
}

function nameAfter(ts: TokenStream, what: string): string {
  const tok = ts.peek();
  if (tok.kind !== 'name') throw new ParseError(`expected a name after "${what}"`, tok.line);
  return ts.next().text;
}
