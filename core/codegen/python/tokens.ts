/**
 * Tokens of the Python subset the importer reads, as Python's own tokenizer
 * makes them: logical lines end in NEWLINE, blocks open with INDENT and close
 * with DEDENT, and line breaks inside brackets are not tokens.
 */

export type TokenKind = 'name' | 'number' | 'string' | 'op' | 'newline' | 'indent' | 'dedent' | 'eof' | 'bad';

export interface Token {
  kind: TokenKind;
  /** The source text (for a string, its decoded value is in `value`). */
  text: string;
  /** 1-based line and column of the first character. */
  line: number;
  col: number;
  /** A number's value, or a string's decoded contents. */
  value?: number | string;
  /** A number written without a point or exponent (`3` rather than `3.0`). */
  isInt?: boolean;
}

/** Python's reserved words; a name token with one of these texts is a keyword. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
  'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
  'return', 'try', 'while', 'with', 'yield',
]);
