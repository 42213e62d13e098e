/**
 * Expressions, by Python's precedence from lowest to highest: conditional,
 * or, and, not, comparisons, | ^ &, shifts, + -, * / // % @, unary, **,
 * then calls, attributes and subscripts on atoms. One function per level.
 */
import type { BinaryOp, CompareOp, Expr, Keyword } from './ast.ts';
import { KEYWORDS } from './tokens.ts';
import { ParseError, type TokenStream } from './tokenStream.ts';

/** A comma-separated list without brackets (`a, b = f()`): one expression, or a tuple of several. */
export function parseExprList(ts: TokenStream): Expr {
  return commaList(ts, parseTest);
}

/** The target of `for x, y in ...`: operands without comparisons, so the `in` is left for the loop. */
export function parseTargetList(ts: TokenStream): Expr {
  return commaList(ts, (s) => parseBinary(s, 0));
}

function commaList(ts: TokenStream, item: (ts: TokenStream) => Expr): Expr {
  const line = ts.peek().line;
  const first = item(ts);
  if (!ts.isOp(',')) return first;
  const items = [first];
  while (ts.acceptOp(',')) {
    if (endsList(ts) || ts.isWord('in')) break;
    items.push(item(ts));
  }
  return { kind: 'tuple', items, line };
}

/** One expression, a conditional `a if c else b` at most. */
export function parseTest(ts: TokenStream): Expr {
  // Every bracket, argument and else-branch comes back here, so this one count bounds their nesting.
  return ts.nested('expression', () => {
    if (ts.isWord('lambda')) throw new ParseError('lambda functions are not supported', ts.peek().line);
    const body = parseOr(ts);
    if (!ts.isWord('if')) return body;
    ts.next();
    const test = parseOr(ts);
    ts.expectWord('else', 'after the condition of "x if c else y"');
    return { kind: 'conditional', test, body, orelse: parseTest(ts), line: body.line };
  });
}

function endsList(ts: TokenStream): boolean {
  const tok = ts.peek();
  return tok.kind === 'newline' || tok.kind === 'eof' || (tok.kind === 'op' && [')', ']', '}', '=', ':', ';'].includes(tok.text));
}

function parseOr(ts: TokenStream): Expr {
  return booleanChain(ts, 'or', parseAnd);
}

function parseAnd(ts: TokenStream): Expr {
  return booleanChain(ts, 'and', parseNot);
}

function booleanChain(ts: TokenStream, op: 'and' | 'or', operand: (ts: TokenStream) => Expr): Expr {
  const first = operand(ts);
  if (!ts.isWord(op)) return first;
  const operands = [first];
  while (ts.acceptWord(op)) operands.push(operand(ts));
  return { kind: 'boolean', op, operands, line: first.line };
}

function parseNot(ts: TokenStream): Expr {
  if (!ts.isWord('not')) return parseComparison(ts);
  const line = ts.next().line;
  return { kind: 'unary', op: 'not', operand: ts.nested('expression', () => parseNot(ts)), line };
}

function compareOp(ts: TokenStream): CompareOp | undefined {
  const tok = ts.peek();
  if (tok.kind === 'op' && ['<', '>', '==', '!=', '<=', '>='].includes(tok.text)) return tok.text as CompareOp;
  if (ts.isWord('in')) return 'in';
  if (ts.isWord('not') && ts.isWord('in', 1)) return 'not in';
  if (ts.isWord('is')) return ts.isWord('not', 1) ? 'is not' : 'is';
  return undefined;
}

function parseComparison(ts: TokenStream): Expr {
  const first = parseBinary(ts, 0);
  const ops: CompareOp[] = [];
  const operands = [first];
  for (let op = compareOp(ts); op; op = compareOp(ts)) {
    ts.next();
    if (op === 'not in' || op === 'is not') ts.next();
    ops.push(op);
    operands.push(parseBinary(ts, 0));
  }
  return ops.length === 0 ? first : { kind: 'compare', ops, operands, line: first.line };
}

/** Binary operator levels, loosest first; all left-associative. */
const LEVELS: readonly (readonly BinaryOp[])[] = [['|'], ['^'], ['&'], ['<<', '>>'], ['+', '-'], ['*', '/', '//', '%', '@']];

function parseBinary(ts: TokenStream, level: number): Expr {
  if (level === LEVELS.length) return parseUnary(ts);
  let left = parseBinary(ts, level + 1);
  for (;;) {
    const tok = ts.peek();
    if (tok.kind !== 'op' || !(LEVELS[level] as readonly string[]).includes(tok.text)) return left;
    ts.next();
    left = { kind: 'binary', op: tok.text as BinaryOp, left, right: parseBinary(ts, level + 1), line: left.line };
  }
}

function parseUnary(ts: TokenStream): Expr {
  const tok = ts.peek();
  if (tok.kind === 'op' && (tok.text === '-' || tok.text === '+' || tok.text === '~')) {
    ts.next();
    return { kind: 'unary', op: tok.text, operand: ts.nested('expression', () => parseUnary(ts)), line: tok.line };
  }
  return parsePower(ts);
}

function parsePower(ts: TokenStream): Expr {
  const base = parsePrimary(ts);
  if (!ts.acceptOp('**')) return base;
  // ** binds tighter than a unary minus on its left but takes one on its right: -2**-1 == -(2**(-1)).
  return { kind: 'binary', op: '**', left: base, right: ts.nested('expression', () => parseUnary(ts)), line: base.line };
}

function parsePrimary(ts: TokenStream): Expr {
  let e = parseAtom(ts);
  for (;;) {
    if (ts.acceptOp('.')) {
      const name = ts.next();
      if (name.kind !== 'name') throw new ParseError(`expected an attribute name after ".", found "${name.text}"`, name.line);
      e = { kind: 'attribute', object: e, name: name.text, line: e.line };
    } else if (ts.acceptOp('(')) {
      e = parseCall(ts, e);
    } else if (ts.acceptOp('[')) {
      e = { kind: 'subscript', object: e, index: parseSubscript(ts), line: e.line };
      ts.expectOp(']', 'to close the subscript');
    } else return e;
  }
}

function parseCall(ts: TokenStream, func: Expr): Expr {
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  while (!ts.isOp(')')) {
    if (ts.isOp('*') || ts.isOp('**')) throw new ParseError('*args and **kwargs in calls are not supported', ts.peek().line);
    if (ts.peek().kind === 'name' && ts.isOp('=', 1)) {
      const name = ts.next().text;
      ts.next();
      keywords.push({ name, value: parseTest(ts) });
    } else {
      if (keywords.length > 0) throw new ParseError('a positional argument follows a keyword argument', ts.peek().line);
      args.push(parseTest(ts));
      if (ts.isWord('for')) throw new ParseError('generator expressions are not supported', ts.peek().line);
    }
    if (!ts.acceptOp(',')) break;
  }
  ts.expectOp(')', 'to close the call');
  return { kind: 'call', func, args, keywords, line: func.line };
}

function parseSubscript(ts: TokenStream): Expr {
  const line = ts.peek().line;
  const items: Expr[] = [];
  do {
    if (ts.isOp(']')) break;
    items.push(parseSliceItem(ts));
  } while (ts.acceptOp(','));
  if (items.length === 0) throw ts.unexpected('expected an index');
  return items.length === 1 ? items[0] : { kind: 'tuple', items, line };
}

function parseSliceItem(ts: TokenStream): Expr {
  const line = ts.peek().line;
  const lower = ts.isOp(':') ? undefined : parseTest(ts);
  if (!ts.acceptOp(':')) return lower!;
  const bound = () => (ts.isOp(':') || ts.isOp(',') || ts.isOp(']') ? undefined : parseTest(ts));
  const upper = bound();
  const step = ts.acceptOp(':') ? bound() : undefined;
  return { kind: 'slice', lower, upper, step, line };
}

function parseAtom(ts: TokenStream): Expr {
  const tok = ts.peek();
  const line = tok.line;
  if (tok.kind === 'number') {
    ts.next();
    return { kind: 'number', value: tok.value as number, isInt: tok.isInt === true, line };
  }
  if (tok.kind === 'string') {
    let value = '';
    // Adjacent literals join: 'a' 'b' == 'ab'.
    while (ts.peek().kind === 'string') value += ts.next().value as string;
    return { kind: 'string', value, line };
  }
  if (tok.kind === 'name') {
    if (tok.text === 'True' || tok.text === 'False' || tok.text === 'None') {
      ts.next();
      return { kind: 'constant', value: tok.text === 'None' ? null : tok.text === 'True', line };
    }
    if (KEYWORDS.has(tok.text)) throw ts.unexpected('expected an expression');
    ts.next();
    return { kind: 'name', id: tok.text, line };
  }
  if (ts.acceptOp('(')) {
    if (ts.acceptOp(')')) return { kind: 'tuple', items: [], line };
    const first = parseTest(ts);
    noComprehension(ts);
    if (ts.acceptOp(')')) return first;
    const items = [first, ...restOfList(ts, ')')];
    return { kind: 'tuple', items, line };
  }
  if (ts.acceptOp('[')) {
    if (ts.acceptOp(']')) return { kind: 'list', items: [], line };
    const first = parseTest(ts);
    noComprehension(ts);
    return { kind: 'list', items: ts.acceptOp(']') ? [first] : [first, ...restOfList(ts, ']')], line };
  }
  if (ts.acceptOp('{')) return parseDict(ts, line);
  throw ts.unexpected('expected an expression');
}

/** After the first item: `, item`* then the closer. */
function restOfList(ts: TokenStream, closer: string): Expr[] {
  const items: Expr[] = [];
  ts.expectOp(',', `or "${closer}" after a list item`);
  while (!ts.isOp(closer)) {
    items.push(parseTest(ts));
    if (!ts.acceptOp(',')) break;
  }
  ts.expectOp(closer, 'to close the list');
  return items;
}

function parseDict(ts: TokenStream, line: number): Expr {
  const entries: [Expr, Expr][] = [];
  while (!ts.isOp('}')) {
    const key = parseTest(ts);
    if (!ts.isOp(':')) throw new ParseError('sets are not supported; a dict needs "key: value" entries', key.line);
    ts.next();
    entries.push([key, parseTest(ts)]);
    noComprehension(ts);
    if (!ts.acceptOp(',')) break;
  }
  ts.expectOp('}', 'to close the dict');
  return { kind: 'dict', entries, line };
}

function noComprehension(ts: TokenStream): void {
  if (ts.isWord('for')) throw new ParseError('comprehensions are not supported; write the list out', ts.peek().line);
}
