/**
 * Statements of the Python subset, by recursive descent over the tokens:
 * assignments, expression statements, imports, with, for and if blocks,
 * def and class (parseDefs.ts), return.
 * Other compound statements (while, try) are read only to be
 * skipped whole, and a line that does not parse becomes an `error` statement
 * so the rest of the file still parses.
 */
import type { Expr, Stmt, WithItem } from './ast.ts';
import { exprDepth, MAX_NESTING, TOO_DEEP_EXPRESSION } from './nesting.ts';
import { classStatement, defStatement } from './parseDefs.ts';
import { parseExprList, parseTargetList, parseTest } from './parseExpr.ts';
import { tokenize } from './tokenizer.ts';
import { ParseError, TokenStream } from './tokenStream.ts';

type StmtBody = Stmt extends infer S ? (S extends Stmt ? Omit<S, 'line' | 'endLine'> : never) : never;

/** Compound statements read only to be skipped, with the clauses that may follow each. */
const SKIPPED_BLOCKS: Record<string, readonly string[]> = {
  while: ['else'], try: ['except', 'else', 'finally'], async: [], match: [],
};
const SKIPPED_SIMPLE = new Set(['raise', 'del', 'global', 'nonlocal', 'assert', 'yield', 'break', 'continue']);
const AUGMENTED = new Set(['+=', '-=', '*=', '/=', '//=', '%=', '**=', '@=', '&=', '|=', '^=', '<<=', '>>=']);

/** Parses a whole file; never throws. */
export function parsePython(source: string): Stmt[] {
  const ts = new TokenStream(tokenize(source));
  const out: Stmt[] = [];
  while (ts.peek().kind !== 'eof') {
    if (ts.peek().kind === 'dedent') {
      ts.next();
      continue;
    }
    out.push(...statement(ts));
  }
  return out;
}

/** One statement (a line of simple statements may hold several, split by ";"). */
function statement(ts: TokenStream): Stmt[] {
  const start = ts.peek();
  try {
    if (start.kind === 'indent') {
      ts.skipBlock();
      return [{ kind: 'error', message: 'unexpected indentation: this block belongs to no statement', line: start.line, endLine: ts.previous().line }];
    }
    if (start.kind === 'name' && Object.hasOwn(SKIPPED_BLOCKS, start.text) && !ts.isOp('=', 1) && !ts.isOp('.', 1)) return [skippedBlock(ts)];
    if (start.kind === 'op' && start.text === '@') return [skippedDecorated(ts)];
    if (ts.isWord('def') && ts.peek(1).kind === 'name') return [defStatement(ts, suite)];
    if (ts.isWord('class') && ts.peek(1).kind === 'name') return [classStatement(ts, suite)];
    if (ts.isWord('if')) return [ifStatement(ts)];
    if (ts.isWord('for')) return [forStatement(ts)];
    if (ts.isWord('with')) return [withStatement(ts)];
    return simpleLine(ts);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    ts.recover();
    // A statement spanning lines is reported where it starts; the message says where reading failed.
    const message = e.line > start.line ? `${e.message} (on line ${e.line}; is a bracket left open?)` : e.message;
    return [{ kind: 'error', message, line: start.line, endLine: Math.max(e.line, ts.previous().line) }];
  }
}

function simpleLine(ts: TokenStream): Stmt[] {
  const out: Stmt[] = [];
  do {
    if (ts.peek().kind === 'newline') break;
    const line = ts.peek().line;
    const body = simpleStatement(ts);
    if (body.kind === 'assign') [...body.targets, body.value].forEach(shallow);
    else if (body.kind === 'augassign') [body.target, body.value].forEach(shallow);
    else if (body.kind === 'expr') shallow(body.value);
    else if (body.kind === 'return' && body.value) shallow(body.value);
    out.push({ ...body, line, endLine: ts.previous().line } as Stmt);
  } while (ts.acceptOp(';'));
  endOfLine(ts);
  return out;
}

/**
 * The expression, when the translator can walk it: a chain such as
 * `a + a + ... + a` parses in a loop but nests one level per operator.
 */
function shallow(e: Expr): Expr {
  if (exprDepth(e) > MAX_NESTING) throw new ParseError(TOO_DEEP_EXPRESSION, e.line);
  return e;
}

function endOfLine(ts: TokenStream): void {
  const tok = ts.peek();
  if (tok.kind === 'eof') return;
  if (tok.kind !== 'newline') throw ts.unexpected('expected the end of the statement');
  ts.next();
}

function simpleStatement(ts: TokenStream): StmtBody {
  const tok = ts.peek();
  if (tok.kind === 'name') {
    if (tok.text === 'pass') {
      ts.next();
      return { kind: 'pass' };
    }
    if (tok.text === 'import') return importStatement(ts);
    if (tok.text === 'return' && !ts.isOp('=', 1)) {
      ts.next();
      const ends = ts.peek().kind === 'newline' || ts.peek().kind === 'eof' || ts.isOp(';');
      return ends ? { kind: 'return' } : { kind: 'return', value: parseExprList(ts) };
    }
    if (tok.text === 'from' && !ts.isOp('=', 1)) return fromStatement(ts);
    if (SKIPPED_SIMPLE.has(tok.text)) {
      while (ts.peek().kind !== 'newline' && ts.peek().kind !== 'eof' && !ts.isOp(';')) ts.next();
      return { kind: 'unsupported', keyword: tok.text };
    }
  }
  const first = parseExprList(ts);
  const next = ts.peek();
  if (next.kind === 'op' && AUGMENTED.has(next.text)) {
    ts.next();
    return { kind: 'augassign', target: first, op: next.text, value: parseExprList(ts) };
  }
  if (next.kind === 'op' && next.text === ':') throw new ParseError('annotated assignments are not supported', next.line);
  if (!ts.isOp('=')) return { kind: 'expr', value: first };
  const targets: Expr[] = [first];
  let value = first;
  while (ts.acceptOp('=')) {
    value = parseExprList(ts);
    targets.push(value);
  }
  targets.pop();
  return { kind: 'assign', targets, value };
}

function dottedName(ts: TokenStream): string {
  const parts = [nameToken(ts, 'a module name')];
  while (ts.acceptOp('.')) parts.push(nameToken(ts, 'a module name after "."'));
  return parts.join('.');
}

function nameToken(ts: TokenStream, what: string): string {
  const tok = ts.peek();
  if (tok.kind !== 'name') throw ts.unexpected(`expected ${what}`);
  return ts.next().text;
}

function importStatement(ts: TokenStream): StmtBody {
  ts.next();
  const names: { module: string; alias?: string }[] = [];
  do {
    const module = dottedName(ts);
    names.push(ts.acceptWord('as') ? { module, alias: nameToken(ts, 'a name after "as"') } : { module });
  } while (ts.acceptOp(','));
  return { kind: 'import', names };
}

function fromStatement(ts: TokenStream): StmtBody {
  ts.next();
  let dots = '';
  while (ts.isOp('.') || ts.isOp('...')) dots += ts.next().text;
  const module = dots + (ts.isWord('import') ? '' : dottedName(ts));
  ts.expectWord('import', 'in "from MODULE import NAME"');
  if (ts.acceptOp('*')) return { kind: 'from', module, names: [{ name: '*' }] };
  const paren = ts.acceptOp('(');
  const names: { name: string; alias?: string }[] = [];
  do {
    if (paren && ts.isOp(')')) break;
    const name = nameToken(ts, 'a name to import');
    names.push(ts.acceptWord('as') ? { name, alias: nameToken(ts, 'a name after "as"') } : { name });
  } while (ts.acceptOp(','));
  if (paren) ts.expectOp(')', 'to close the import list');
  return { kind: 'from', module, names };
}

/** A block after a header's ":": an indented suite, or simple statements on the same line. */
function suite(ts: TokenStream): Stmt[] {
  return ts.nested('block', () => {
    ts.expectOp(':', 'to end the block header');
    if (ts.peek().kind !== 'newline') return simpleLine(ts);
    ts.next();
    if (ts.peek().kind !== 'indent') throw ts.unexpected('expected an indented block');
    ts.next();
    const body: Stmt[] = [];
    while (ts.peek().kind !== 'dedent' && ts.peek().kind !== 'eof') body.push(...statement(ts));
    if (ts.peek().kind === 'dedent') ts.next();
    return body;
  });
}

function ifStatement(ts: TokenStream): Stmt {
  const line = ts.next().line;
  const test = shallow(parseTest(ts));
  const body = suite(ts);
  let orelse: Stmt[] = [];
  // An elif is an if nested in the else branch: it counts as a block level.
  if (ts.isWord('elif')) orelse = [ts.nested('block', () => ifStatement(ts))];
  else if (ts.acceptWord('else')) orelse = suite(ts);
  return { kind: 'if', test, body, orelse, line, endLine: ts.previous().line };
}

function forStatement(ts: TokenStream): Stmt {
  const line = ts.next().line;
  const target = shallow(parseTargetList(ts));
  ts.expectWord('in', 'after the loop variable of "for"');
  const iter = shallow(parseExprList(ts));
  const body = suite(ts);
  const orelse = ts.acceptWord('else') ? suite(ts) : [];
  return { kind: 'for', target, iter, body, orelse, line, endLine: ts.previous().line };
}

function withStatement(ts: TokenStream): Stmt {
  const line = ts.next().line;
  const items: WithItem[] = [];
  do {
    const context = shallow(parseTest(ts));
    items.push(ts.acceptWord('as') ? { context, alias: shallow(parseTest(ts)) } : { context });
  } while (ts.acceptOp(','));
  return { kind: 'with', items, body: suite(ts), line, endLine: ts.previous().line };
}

/** while, try ...: skipped header and suite, and the clauses that follow (except, else, finally). */
function skippedBlock(ts: TokenStream): Stmt {
  const head = ts.next();
  skipHeader(ts);
  for (const clause of SKIPPED_BLOCKS[head.text]) {
    while (ts.isWord(clause)) {
      ts.next();
      skipHeader(ts);
    }
  }
  return { kind: 'unsupported', keyword: head.text, line: head.line, endLine: ts.previous().line };
}

function skippedDecorated(ts: TokenStream): Stmt {
  const line = ts.peek().line;
  while (ts.isOp('@')) {
    while (ts.peek().kind !== 'newline' && ts.peek().kind !== 'eof') ts.next();
    ts.next();
  }
  // The decorated def or class is skipped whole; its name is kept so a later use says where it came from.
  const definition = ts.isWord('def') || ts.isWord('class');
  const name = definition && ts.peek(1).kind === 'name' ? ts.peek(1).text : undefined;
  if (definition) skipHeader(ts);
  else if (ts.peek().kind === 'name' && Object.hasOwn(SKIPPED_BLOCKS, ts.peek().text)) skippedBlock(ts);
  return { kind: 'unsupported', keyword: 'decorator', ...(name === undefined ? {} : { name }), line, endLine: ts.previous().line };
}

/** Skips to the header's ":" and past the block after it. */
function skipHeader(ts: TokenStream): void {
  // A ":" inside brackets (an annotation, a slice, a dict) does not end the header.
  let depth = 0;
  while ((depth > 0 || !ts.isOp(':')) && ts.peek().kind !== 'newline' && ts.peek().kind !== 'eof') {
    const tok = ts.next();
    if (tok.kind === 'op' && '([{'.includes(tok.text)) depth++;
    if (tok.kind === 'op' && ')]}'.includes(tok.text)) depth--;
  }
  if (!ts.acceptOp(':')) throw ts.unexpected('expected ":" to end the block header');
  if (ts.peek().kind !== 'newline') {
    while (ts.peek().kind !== 'newline' && ts.peek().kind !== 'eof') ts.next();
    ts.next();
    return;
  }
  ts.next();
  if (ts.peek().kind === 'indent') ts.skipBlock();
}
