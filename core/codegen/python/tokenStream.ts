/**
 * A cursor over tokens for the recursive-descent parser, with the few helpers
 * every rule needs. Syntax errors are thrown as ParseError and caught once
 * per statement, so one bad line never stops the rest of the file.
 */
import { MAX_NESTING, TOO_DEEP_BLOCKS, TOO_DEEP_EXPRESSION } from './nesting.ts';
import type { Token } from './tokens.ts';

export class ParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export class TokenStream {
  private pos = 0;
  /** Levels of the parser's own recursion, so no input can overflow its stack. */
  private readonly depth = { expression: 0, block: 0 };

  constructor(private readonly tokens: readonly Token[]) {}

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)];
  }

  next(): Token {
    const tok = this.peek();
    if (tok.kind === 'bad') throw new ParseError(String(tok.value), tok.line);
    if (this.pos < this.tokens.length - 1) this.pos++;
    return tok;
  }

  /** The last token with text before the cursor: where the construct just read ends (NEWLINE and DEDENT skipped). */
  previous(): Token {
    let i = Math.max(0, this.pos - 1);
    while (i > 0 && ['newline', 'indent', 'dedent'].includes(this.tokens[i].kind)) i--;
    return this.tokens[i];
  }

  /** Reads one level deeper; a ParseError past MAX_NESTING levels of expressions or of blocks. */
  nested<T>(kind: 'expression' | 'block', read: () => T): T {
    if (this.depth[kind] >= MAX_NESTING) throw new ParseError(kind === 'block' ? TOO_DEEP_BLOCKS : TOO_DEEP_EXPRESSION, this.peek().line);
    this.depth[kind]++;
    try {
      return read();
    } finally {
      this.depth[kind]--;
    }
  }

  /** Whether the next token is the operator `op`. */
  isOp(op: string, offset = 0): boolean {
    const tok = this.peek(offset);
    return tok.kind === 'op' && tok.text === op;
  }

  /** Whether the next token is the keyword or name `word`. */
  isWord(word: string, offset = 0): boolean {
    const tok = this.peek(offset);
    return tok.kind === 'name' && tok.text === word;
  }

  /** Consumes the operator if it is next. */
  acceptOp(op: string): boolean {
    if (!this.isOp(op)) return false;
    this.next();
    return true;
  }

  acceptWord(word: string): boolean {
    if (!this.isWord(word)) return false;
    this.next();
    return true;
  }

  expectOp(op: string, what: string): Token {
    if (!this.isOp(op)) throw this.unexpected(`expected "${op}" ${what}`);
    return this.next();
  }

  expectWord(word: string, what: string): Token {
    if (!this.isWord(word)) throw this.unexpected(`expected "${word}" ${what}`);
    return this.next();
  }

  /** A ParseError at the next token, saying what was found there. */
  unexpected(expected: string): ParseError {
    const tok = this.peek();
    if (tok.kind === 'bad') return new ParseError(String(tok.value), tok.line);
    return new ParseError(`${expected}, found ${describe(tok)}`, tok.line);
  }

  /** Skips to just past the end of the logical line, then past any block that follows it. */
  recover(): void {
    while (this.peek().kind !== 'newline' && this.peek().kind !== 'eof') this.pos++;
    if (this.peek().kind === 'newline') this.pos++;
    if (this.peek().kind === 'indent') this.skipBlock();
  }

  /** Skips an INDENT ... DEDENT block, nested blocks included. */
  skipBlock(): void {
    let depth = 0;
    do {
      const kind = this.peek().kind;
      if (kind === 'eof') return;
      if (kind === 'indent') depth++;
      if (kind === 'dedent') depth--;
      this.pos++;
    } while (depth > 0);
  }
}

function describe(tok: Token): string {
  switch (tok.kind) {
    case 'newline':
      return 'the end of the line';
    case 'eof':
      return 'the end of the file';
    case 'indent':
      return 'an indented line';
    case 'dedent':
      return 'the end of the block';
    default:
      return `"${tok.text}"`;
  }
}
