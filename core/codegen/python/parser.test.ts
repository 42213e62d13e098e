import { describe, expect, it } from 'vitest';
import type { Expr, Stmt } from './ast.ts';
import { parsePython } from './parser.ts';

/** Compact text of an expression, to compare trees in one line. */
function show(e: Expr): string {
  switch (e.kind) {
    case 'name':
      return e.id;
    case 'number':
      return e.isInt ? String(e.value) : `${e.value}f`;
    case 'string':
      return JSON.stringify(e.value);
    case 'constant':
      return String(e.value);
    case 'list':
      return `[${e.items.map(show).join(' ')}]`;
    case 'tuple':
      return `(${e.items.map(show).join(' ')})`;
    case 'dict':
      return `{${e.entries.map(([k, v]) => `${show(k)}:${show(v)}`).join(' ')}}`;
    case 'attribute':
      return `${show(e.object)}.${e.name}`;
    case 'call':
      return `${show(e.func)}(${[...e.args.map(show), ...e.keywords.map((k) => `${k.name}=${show(k.value)}`)].join(' ')})`;
    case 'subscript':
      return `${show(e.object)}[${show(e.index)}]`;
    case 'slice':
      return `${e.lower ? show(e.lower) : ''}:${e.upper ? show(e.upper) : ''}${e.step ? `:${show(e.step)}` : ''}`;
    case 'binary':
      return `(${show(e.left)} ${e.op} ${show(e.right)})`;
    case 'unary':
      return `(${e.op} ${show(e.operand)})`;
    case 'compare':
      return `(${e.operands.map(show).reduce((a, b, i) => `${a} ${e.ops[i - 1]} ${b}`)})`;
    case 'boolean':
      return `(${e.operands.map(show).join(` ${e.op} `)})`;
    case 'conditional':
      return `(${show(e.body)} if ${show(e.test)} else ${show(e.orelse)})`;
  }
}

const expr = (src: string) => {
  const [s] = parsePython(src);
  if (s.kind !== 'expr') throw new Error(`not an expression statement: ${JSON.stringify(s)}`);
  return show(s.value);
};

describe('parsePython expressions', () => {
  it('follows Python precedence and associativity', () => {
    expect(expr('a + b * c - d')).toBe('((a + (b * c)) - d)');
    expect(expr('-a ** 2')).toBe('(- (a ** 2))');
    expect(expr('2 ** -1')).toBe('(2 ** (- 1))');
    expect(expr('a @ b + c')).toBe('((a @ b) + c)');
    expect(expr('not a < b and c')).toBe('((not (a < b)) and c)');
    expect(expr('a < b <= c')).toBe('(a < b <= c)');
    expect(expr('x if c else y')).toBe('(x if c else y)');
    expect(expr('a not in b')).toBe('(a not in b)');
  });

  it('reads calls with keywords, attributes, subscripts and slices', () => {
    expect(expr("tf.placeholder(tf.float32, shape=[None, 2], name='X')")).toBe('tf.placeholder(tf.float32 shape=[null 2] name="X")');
    expect(expr('xy[:, 0:-1]')).toBe('xy[(: 0:(- 1))]');
    expect(expr('sess.run([cost, train], feed_dict={X: x_data, Y: y_data})')).toBe('sess.run([cost train] feed_dict={X:x_data Y:y_data})');
    expect(expr('(1, 2)')).toBe('(1 2)');
    expect(expr('(1)')).toBe('1');
    expect(expr('(1,)')).toBe('(1)');
    expect(expr('[[1., 2], [3, 4]]')).toBe('[[1f 2] [3 4]]');
  });
});

describe('parsePython statements', () => {
  it('reads assignments, tuple targets, chained and augmented assignment', () => {
    const [a, b, c, d] = parsePython('x = 1\nh, c, _ = f()\na = b = 2\nn += 1\n');
    expect(a).toMatchObject({ kind: 'assign', line: 1 });
    expect(b.kind === 'assign' && show(b.targets[0])).toBe('(h c _)');
    expect(c.kind === 'assign' && c.targets.map(show)).toEqual(['a', 'b']);
    expect(d).toMatchObject({ kind: 'augassign', op: '+=', line: 4 });
  });

  it('reads imports in all their forms', () => {
    const [a, b, c] = parsePython('import tensorflow.compat.v1 as tf, numpy as np\nfrom tensorflow.examples.tutorials.mnist import input_data\nfrom __future__ import (division,)\n');
    expect(a).toMatchObject({ kind: 'import', names: [{ module: 'tensorflow.compat.v1', alias: 'tf' }, { module: 'numpy', alias: 'np' }] });
    expect(b).toMatchObject({ kind: 'from', module: 'tensorflow.examples.tutorials.mnist', names: [{ name: 'input_data' }] });
    expect(c).toMatchObject({ kind: 'from', module: '__future__', names: [{ name: 'division' }] });
  });

  it('nests with, for and if blocks with their line ranges', () => {
    const src = [
      'with tf.Session() as sess:',
      '    for step in range(2001):',
      '        sess.run(train)',
      '        if step % 20 == 0:',
      '            print(step)',
      '        elif step > 5: pass',
      '        else:',
      '            pass',
      'print(1)',
    ].join('\n');
    const [w, p] = parsePython(src);
    expect(w).toMatchObject({ kind: 'with', line: 1, endLine: 8 });
    const loop = (w as Extract<Stmt, { kind: 'with' }>).body[0] as Extract<Stmt, { kind: 'for' }>;
    expect(loop).toMatchObject({ kind: 'for', line: 2, endLine: 8 });
    expect(loop.body.map((s) => s.kind)).toEqual(['expr', 'if']);
    const branch = loop.body[1] as Extract<Stmt, { kind: 'if' }>;
    expect(branch.orelse[0]).toMatchObject({ kind: 'if', line: 6 });
    expect(p).toMatchObject({ kind: 'expr', line: 9 });
  });

  it('reads def whole (parameters, defaults, body) and skips while and try, with their line ranges', () => {
    const src = 'def f(x: int, y=2, *a, **k) -> int:\n    return x\nwhile True:\n    pass\ntry:\n    a = 1\nexcept ValueError:\n    pass\nfinally:\n    pass\nb = 2\n';
    const stmts = parsePython(src);
    expect(stmts[0]).toMatchObject({ kind: 'def', name: 'f', params: [{ name: 'x' }, { name: 'y', default: { kind: 'number', value: 2 } }, { name: 'a', star: '*' }, { name: 'k', star: '**' }], body: [{ kind: 'return', value: { kind: 'name', id: 'x' } }] });
    expect(stmts.map((s) => [s.kind, s.kind === 'unsupported' ? s.keyword : '', s.line, s.endLine])).toEqual([
      ['def', '', 1, 2],
      ['unsupported', 'while', 3, 4],
      ['unsupported', 'try', 5, 10],
      ['assign', '', 11, 11],
    ]);
  });

  it('reads a class with its bases and methods, and keeps the name of a decorated def it skips', () => {
    const [c, after] = parsePython('class Model(object):\n    """doc"""\n    @property\n    def size(self):\n        return 1\n    def train(self, x):\n        return\nm = 1\n');
    expect(c).toMatchObject({ kind: 'class', name: 'Model', bases: [{ kind: 'name', id: 'object' }], line: 1, endLine: 7 });
    const body = (c as Extract<Stmt, { kind: 'class' }>).body;
    expect(body.map((s) => [s.kind, s.line, s.endLine])).toEqual([['expr', 2, 2], ['unsupported', 3, 5], ['def', 6, 7]]);
    expect(body[1]).toMatchObject({ keyword: 'decorator', name: 'size' });
    expect(body[2]).toMatchObject({ name: 'train', body: [{ kind: 'return' }] });
    expect(after).toMatchObject({ kind: 'assign', line: 8 });
  });

  it('reports a line it cannot parse and parses the lines after it', () => {
    // An unclosed bracket joins every later line to it, as in Python: one error to the end.
    const unclosed = parsePython('a = (1 +\nb = 2\nc = 3\n');
    expect(unclosed.map((s) => [s.kind, s.line, s.endLine])).toEqual([['error', 1, 3]]);
    const stmts2 = parsePython('a = 1 +\nb = [x for x in y]\nc = f(**k)\nd = 3\nlambda: 1\n');
    expect(stmts2.map((s) => [s.kind, s.line, s.kind === 'error' ? s.message : ''])).toEqual([
      ['error', 1, 'expected an expression, found the end of the line'],
      ['error', 2, 'comprehensions are not supported; write the list out'],
      ['error', 3, '*args and **kwargs in calls are not supported'],
      ['assign', 4, ''],
      ['error', 5, 'lambda functions are not supported'],
    ]);
  });

  it('skips the block of a header that does not parse', () => {
    const stmts = parsePython('for i in range(3) oops:\n    x = 1\n    y = 2\nz = 3\n');
    expect(stmts.map((s) => [s.kind, s.line])).toEqual([['error', 1], ['assign', 4]]);
    const defs = parsePython('def f(x y):\n    return 1\nclass (A):\n    pass\nz = 3\n');
    expect(defs.map((s) => [s.kind, s.line])).toEqual([['error', 1], ['error', 3], ['assign', 5]]);
  });
});
