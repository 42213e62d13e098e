import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importPython } from './importPython.ts';

const HEAD = 'import tensorflow as tf\n';
const skippedAt = (source: string) => importPython(source).diagnostics.filter((d) => d.severity === 'skipped').map((d) => [d.line, d.message]);

describe('importPython limits', () => {
  it('counts a graph-building loop without listing its iterations, so range(10**9) is refused at once', () => {
    const r = importPython(`${HEAD}for i in range(10**9):\n    c = tf.constant(1.0)\n`);
    expect(r.diagnostics).toEqual([
      { severity: 'skipped', line: 2, endLine: 3, message: 'this loop builds graph nodes 1000000000 times; write the layers out (Flowboard unrolls at most 100)' },
    ]);
    expect(r.document.nodes).toEqual([]);
  });

  it('refuses a range whose bounds are past exact integers with a reason, not an internal error', () => {
    expect(skippedAt(`${HEAD}for i in range(2**53):\n    c = tf.constant(1.0)\n`)).toEqual([[2, expect.stringMatching(/^the range of the loop .* 2\*\*53 .*; the loop was not imported$/)]]);
    expect(skippedAt(`${HEAD}for i in range(-2**60, 0):\n    c = tf.constant(1.0)\n`)).toEqual([[2, expect.stringMatching(/the loop was not imported$/)]]);
  });

  it('takes the step count of a session loop from its range without listing it', () => {
    const src = `${HEAD}x = tf.placeholder(tf.float32)\nW = tf.Variable(1.0)\ncost = tf.reduce_mean(tf.square(x * W))\ntrain = tf.train.GradientDescentOptimizer(0.1).minimize(cost)\nsess = tf.Session()\nfor step in range(10**9):\n    sess.run(train, feed_dict={x: [1.0]})\n`;
    const r = importPython(src);
    expect(r.document.session?.steps).toBe(1e9);
  });

  it('skips an expression nested past the limit with its line and reason, and imports the rest', () => {
    const cases = {
      parentheses: `x = ${'('.repeat(500)}1${')'.repeat(500)}`,
      calls: `x = ${'tf.abs('.repeat(1000)}1.0${')'.repeat(1000)}`,
      lists: `x = ${'['.repeat(5000)}1${']'.repeat(5000)}`,
      'a long sum': `x = ${Array(100_000).fill('1').join(' + ')}`,
      'unary minus signs': `x = ${'-'.repeat(100_000)}1`,
      nots: `x = ${'not '.repeat(50_000)}1`,
      powers: `x = ${Array(50_000).fill('2').join(' ** ')}`,
      attributes: `x = tf${'.a'.repeat(100_000)}`,
      subscripts: `x = y${'[0]'.repeat(100_000)}`,
      conditionals: `x = ${'1 if 1 else '.repeat(50_000)}1`,
    };
    for (const [what, line] of Object.entries(cases)) {
      const r = importPython(`${HEAD}${line}\nc = tf.constant(2.0)\n`);
      expect(r.diagnostics.map((d) => [d.line, d.severity]), what).toEqual([[2, 'skipped']]);
      expect(r.diagnostics[0].message, what).toMatch(/nested more than 100 levels deep/);
      expect(r.document.nodes.map((n) => n.name), what).toEqual(['c']);
    }
  });

  it('still reads expressions nested as deep as the limit allows', () => {
    const r = importPython(`${HEAD}x = ${'('.repeat(90)}tf.constant(1.0)${')'.repeat(90)}\n`);
    expect(r.diagnostics).toEqual([]);
    expect(r.document.nodes.map((n) => n.name)).toEqual(['x']);
  });

  it('skips blocks nested past the limit with the line where they go too deep, and keeps the outer ones', () => {
    const depth = 2000;
    const lines = Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}if True:`);
    const src = `${HEAD}${lines.join('\n')}\n${' '.repeat(depth)}c = tf.constant(1.0)\nd = tf.constant(2.0)\n`;
    const r = importPython(src);
    const skipped = r.diagnostics.filter((d) => d.severity === 'skipped');
    expect(skipped).toHaveLength(1);
    expect(skipped[0].message).toMatch(/blocks nested more than 100 levels deep/);
    expect(skipped[0].line).toBeGreaterThan(90);
    expect(skipped[0].line).toBeLessThan(110);
    expect(r.document.nodes.map((n) => n.name)).toEqual(['d']);
  });

  it('never throws on long programs built from the pieces that nest, loop and repeat', () => {
    const pieces = [
      'x = ', 'tf.', 'abs(', 'placeholder(', ')', '(', '[', ']', '{', '}', ':', ',', '\n', '    ', ' + ', ' ** ', '-', 'not ', ' if 1 else ',
      '.a', '[0]', 'for i in range(10**9):', 'for i in range(2**53):', 'for i in range(3):', 'if True:', 'sess.run(', '1', '1.5', 'None', 'x', '"s"',
    ];
    const repeated = fc.tuple(fc.constantFrom(...pieces), fc.integer({ min: 1, max: 400 })).map(([p, n]) => p.repeat(n));
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), repeated), { maxLength: 30 }), (parts) => {
        const r = importPython(HEAD + parts.join(''));
        return Array.isArray(r.diagnostics) && r.document.format === 'flowboard.graph';
      }),
      { numRuns: 400 },
    );
  });
});
