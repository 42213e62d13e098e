/**
 * The syntax tree of the Python subset: expressions and statements, each
 * carrying the line it starts on so the importer can name it in diagnostics.
 */

export type BinaryOp = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '@' | '&' | '|' | '^' | '<<' | '>>';
export type CompareOp = '<' | '>' | '==' | '!=' | '<=' | '>=' | 'in' | 'not in' | 'is' | 'is not';
export type UnaryOp = '-' | '+' | '~' | 'not';

export interface Keyword {
  name: string;
  value: Expr;
}

export type Expr = { line: number } & (
  | { kind: 'name'; id: string }
  | { kind: 'number'; value: number; isInt: boolean }
  | { kind: 'string'; value: string }
  /** True, False or None. */
  | { kind: 'constant'; value: boolean | null }
  | { kind: 'list'; items: Expr[] }
  | { kind: 'tuple'; items: Expr[] }
  | { kind: 'dict'; entries: [Expr, Expr][] }
  | { kind: 'attribute'; object: Expr; name: string }
  | { kind: 'call'; func: Expr; args: Expr[]; keywords: Keyword[] }
  | { kind: 'subscript'; object: Expr; index: Expr }
  | { kind: 'slice'; lower?: Expr; upper?: Expr; step?: Expr }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr }
  | { kind: 'unary'; op: UnaryOp; operand: Expr }
  /** `a < b < c` keeps every operator: `ops.length === operands.length - 1`. */
  | { kind: 'compare'; ops: CompareOp[]; operands: Expr[] }
  | { kind: 'boolean'; op: 'and' | 'or'; operands: Expr[] }
  | { kind: 'conditional'; test: Expr; body: Expr; orelse: Expr }
);

export interface WithItem {
  context: Expr;
  alias?: Expr;
}

/** One parameter of a def: `x`, `keep_prob=0.7`, `*args` (star '*') or `**kwargs` (star '**'). */
export interface Param {
  name: string;
  default?: Expr;
  star?: '*' | '**';
}

/** `line` is where a statement starts, `endLine` where it (and its block) ends. */
export type Stmt = { line: number; endLine: number } & (
  | { kind: 'assign'; targets: Expr[]; value: Expr }
  | { kind: 'augassign'; target: Expr; op: string; value: Expr }
  | { kind: 'expr'; value: Expr }
  | { kind: 'import'; names: { module: string; alias?: string }[] }
  | { kind: 'from'; module: string; names: { name: string; alias?: string }[] }
  | { kind: 'with'; items: WithItem[]; body: Stmt[] }
  | { kind: 'for'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
  | { kind: 'if'; test: Expr; body: Stmt[]; orelse: Stmt[] }
  | { kind: 'pass' }
  /** `def name(params):` with its body; the translator reads it as a method of a class. */
  | { kind: 'def'; name: string; params: Param[]; body: Stmt[] }
  /** `class Name(bases):` with its body of defs. */
  | { kind: 'class'; name: string; bases: Expr[]; body: Stmt[] }
  | { kind: 'return'; value?: Expr }
  /** A statement the importer does not translate (def, class, while, try ...), parsed only to skip it whole; `name` is a def's or class's. */
  | { kind: 'unsupported'; keyword: string; name?: string }
  /** A line the parser could not read. */
  | { kind: 'error'; message: string }
);
