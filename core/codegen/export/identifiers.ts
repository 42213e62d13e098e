/**
 * Variable names for generated code: a node's name where it is already a
 * valid identifier of both Python and JavaScript (so exported code reads like
 * the canvas), otherwise the name with every other character turned into `_`,
 * made unique.
 */

const PYTHON_KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
  'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
  'while', 'with', 'yield', 'print', 'range', 'len', 'int', 'float', 'str',
];
const JS_RESERVED = [
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export', 'extends',
  'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'let', 'new', 'null', 'return', 'static', 'super', 'switch',
  'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'await', 'arguments', 'eval', 'undefined', 'NaN',
  'Infinity', 'console', 'Math', 'Object', 'Array', 'Number', 'String', 'Promise',
];

/** Words no node may take in either language, plus the generated code's own names. */
export function reservedWords(own: readonly string[]): Set<string> {
  return new Set([...PYTHON_KEYWORDS, ...JS_RESERVED, ...own]);
}

const VALID = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** An identifier per name, in the order given; valid, unreserved names keep themselves. */
export function identifiersFor(names: readonly string[], reserved: ReadonlySet<string>): string[] {
  const taken = new Set(reserved);
  // Names that are already identifiers are claimed first, so a sanitised `a/b` never takes a real node `a_b`'s name.
  const keeps = names.map((n) => VALID.test(n) && !reserved.has(n));
  names.forEach((n, i) => keeps[i] && taken.add(n));
  return names.map((name, i) => {
    if (keeps[i]) return name;
    let base = name.replace(/[^A-Za-z0-9_]/g, '_');
    if (!/^[A-Za-z_]/.test(base)) base = `_${base}`;
    let id = base;
    for (let k = 1; taken.has(id); k++) id = `${base}_${k}`;
    taken.add(id);
    return id;
  });
}
