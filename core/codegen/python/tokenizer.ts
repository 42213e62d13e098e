/**
 * Python source to tokens (Python's tokenize rules, for the subset we parse).
 * Never throws: a character or string it cannot read becomes a `bad` token
 * whose `value` says why, and the parser reports it on that line.
 */
import type { Token, TokenKind } from './tokens.ts';

/** Longest first, so `**=` wins over `**` and `*`. */
const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '->', ':=', '**', '//', '==', '!=', '<=', '>=', '<<', '>>', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=',
  '+', '-', '*', '/', '%', '@', '<', '>', '=', '(', ')', '[', ']', '{', '}', ',', ':', '.', ';', '~', '&', '|', '^',
];
const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);
const TAB = 8;

/** Splits `source` into tokens ending with NEWLINE, the DEDENTs that close open blocks, and EOF. */
export function tokenize(source: string): Token[] {
  return new Tokenizer(source.replace(/\r\n?/g, '\n')).run();
}

class Tokenizer {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private depth = 0;
  private readonly indents = [0];
  private readonly out: Token[] = [];

  constructor(private readonly src: string) {}

  run(): Token[] {
    let atLineStart = true;
    while (this.pos < this.src.length) {
      if (atLineStart) {
        // Inside brackets a new physical line is no new logical line, so its indentation means nothing.
        if (this.depth === 0 && !this.indentation()) continue;
        atLineStart = false;
      }
      const c = this.src[this.pos];
      if (c === '\n') {
        if (this.depth === 0 && this.lastKind() !== 'newline' && this.out.length > 0) this.push('newline', '\n', this.pos);
        this.newLine();
        atLineStart = true;
      } else if (c === ' ' || c === '\t' || c === '\f') this.pos++;
      else if (c === '#') this.skipComment();
      else if (c === '\\' && this.src[this.pos + 1] === '\n') {
        // Explicit line joining: the next physical line continues this logical one.
        this.pos++;
        this.newLine();
      } else this.token();
    }
    if (this.lastKind() !== 'newline' && this.out.length > 0) this.push('newline', '', this.pos);
    while (this.indents.length > 1) {
      this.indents.pop();
      this.push('dedent', '', this.pos);
    }
    this.push('eof', '', this.pos);
    return this.out;
  }

  /** Reads leading whitespace; false when the line is blank or a comment (no tokens, no indentation change). */
  private indentation(): boolean {
    let width = 0;
    const start = this.pos;
    while (this.src[this.pos] === ' ' || this.src[this.pos] === '\t' || this.src[this.pos] === '\f') {
      width = this.src[this.pos] === '\t' ? (Math.floor(width / TAB) + 1) * TAB : width + 1;
      this.pos++;
    }
    const c = this.src[this.pos];
    if (c === '\n' || c === '#' || c === undefined) {
      if (c === '#') this.skipComment();
      if (this.src[this.pos] === '\n') this.newLine();
      return false;
    }
    const top = this.indents[this.indents.length - 1];
    if (width > top) {
      this.indents.push(width);
      this.push('indent', this.src.slice(start, this.pos), start);
    } else {
      while (width < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.push('dedent', '', this.pos);
      }
      if (width !== this.indents[this.indents.length - 1]) {
        this.push('bad', this.src.slice(start, this.pos), start, 'the indentation does not match any outer block');
      }
    }
    return true;
  }

  private token(): void {
    const start = this.pos;
    const rest = this.src.slice(this.pos, this.pos + 3);
    const c = this.src[this.pos];
    const prefix = /^[rRbBuUfF]{0,2}['"]/.exec(this.src.slice(this.pos, this.pos + 3));
    if (prefix) return this.string(start, prefix[0].length - 1);
    if (/[A-Za-z_\u00c0-\uffff]/.test(c)) {
      while (this.pos < this.src.length && /[A-Za-z0-9_\u00c0-\uffff]/.test(this.src[this.pos])) this.pos++;
      this.push('name', this.src.slice(start, this.pos), start);
      return;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(this.src[this.pos + 1] ?? ''))) return this.number(start);
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (op) {
      this.pos += op.length;
      if (OPENERS.has(op)) this.depth++;
      if (CLOSERS.has(op)) this.depth = Math.max(0, this.depth - 1);
      this.push('op', op, start);
      return;
    }
    this.pos++;
    this.push('bad', c, start, `the character ${JSON.stringify(c)} is not Python`);
  }

  private number(start: number): void {
    const m = /^(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?)[jJ]?/.exec(this.src.slice(this.pos));
    const text = m![0];
    this.pos += text.length;
    const clean = text.replace(/_/g, '');
    if (/[jJ]$/.test(clean)) {
      this.push('bad', text, start, 'complex numbers are not supported');
      return;
    }
    const radix = /^0[xX]/.test(clean) ? 16 : /^0[oO]/.test(clean) ? 8 : /^0[bB]/.test(clean) ? 2 : 10;
    const value = radix === 10 ? Number(clean) : parseInt(clean.slice(2), radix);
    const tok = this.push('number', text, start, value);
    tok.isInt = radix !== 10 || !/[.eE]/.test(clean);
  }

  private string(start: number, prefixLength: number): void {
    const prefix = this.src.slice(this.pos, this.pos + prefixLength).toLowerCase();
    this.pos += prefixLength;
    const quote = this.src.startsWith(this.src[this.pos].repeat(3), this.pos) ? this.src[this.pos].repeat(3) : this.src[this.pos];
    this.pos += quote.length;
    const bodyStart = this.pos;
    const startLine = this.line;
    const startCol = start - this.lineStart + 1;
    while (this.pos < this.src.length && !this.src.startsWith(quote, this.pos)) {
      const c = this.src[this.pos];
      if (c === '\n') {
        if (quote.length === 1) break;
        this.newLine();
        continue;
      }
      this.pos += c === '\\' ? 2 : 1;
    }
    if (!this.src.startsWith(quote, this.pos)) {
      this.out.push({ kind: 'bad', text: this.src.slice(start, this.pos), line: startLine, col: startCol, value: 'this string is never closed' });
      return;
    }
    const body = this.src.slice(bodyStart, this.pos);
    this.pos += quote.length;
    const value = prefix.includes('r') ? body : unescape(body);
    this.out.push({ kind: 'string', text: this.src.slice(start, this.pos), line: startLine, col: startCol, value });
  }

  private skipComment(): void {
    while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++;
  }

  private newLine(): void {
    this.pos++;
    this.line++;
    this.lineStart = this.pos;
  }

  private lastKind(): TokenKind | undefined {
    return this.out[this.out.length - 1]?.kind;
  }

  private push(kind: TokenKind, text: string, start: number, value?: number | string): Token {
    const tok: Token = { kind, text, line: this.line, col: start - this.lineStart + 1 };
    if (value !== undefined) tok.value = value;
    this.out.push(tok);
    return tok;
  }
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '' };

/** Python's backslash escapes; an unknown escape keeps its backslash, as Python does. */
function unescape(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[\s\S])/g, (all, e: string) => {
    if (e.length > 1) return String.fromCharCode(parseInt(e.slice(1), 16));
    return ESCAPES[e] ?? all;
  });
}
