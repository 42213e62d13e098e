import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPythonText, matchPickedFiles } from './pythonImport.ts';

const lesson02 = readFileSync(new URL('../../test/pythonCorpus/lesson02_linear_regression.py', import.meta.url), 'utf8');

describe('importing pasted Python', () => {
  it('imports the course linear regression as a valid graph named after the file', () => {
    const result = importPythonText(lesson02, 'lesson02.py');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.name).toBe('lesson02');
    expect(result.errors).toBe(0);
    expect(result.document.nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['weight', 'bias', 'hypothesis', 'cost']));
  });

  it('lists skipped lines with their line numbers and reasons', () => {
    const result = importPythonText(`${lesson02}\nimport matplotlib.pyplot as plt\nplt.plot([1, 2])\n`);
    expect(result.ok).toBe(true);
    expect(result.skipped.length).toBeGreaterThan(0);
    for (const s of result.skipped) expect(s.line).toBeGreaterThan(0);
    expect(result.skipped.every((s) => s.reason.length > 0)).toBe(true);
  });

  it('lists the importer\'s notes apart from the skipped lines', () => {
    const result = importPythonText("import tensorflow as tf\nx = tf.placeholder(tf.float32, [None, 1])\nW = tf.Variable(tf.zeros([1, 1]))\ncost = tf.reduce_mean(tf.matmul(x, W))\ntrain = tf.train.GradientDescentOptimizer(0.1).minimize(cost)\nsess = tf.Session()\nsess.run(train, feed_dict={x: [[1.0]]})\n");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.skipped).toEqual([]);
    expect(result.notes).toEqual([{ line: 7, reason: 'the training step runs once, outside any loop: the session trains 1 step' }]);
  });

  it('says why when nothing can be imported', () => {
    expect(importPythonText('   ')).toMatchObject({ ok: false, message: expect.stringContaining('no code') });
    const result = importPythonText('print("hello")\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('Nothing');
  });

  it('lists the data files the code reads until they are given, then binds them', () => {
    const code = "import tensorflow as tf\nimport numpy as np\nxy = np.loadtxt('data/s.csv', delimiter=',')\nX = tf.placeholder(tf.float32, [None, 2])\ny = tf.reduce_sum(X)\nsess = tf.Session()\nprint(sess.run(y, feed_dict={X: xy[:, 0:2]}))\n";
    const without = importPythonText(code);
    expect(without).toMatchObject({ ok: true, missingFiles: ['data/s.csv'] });
    const files = matchPickedFiles(['data/s.csv'], [{ name: 'mine.csv', text: '1,2,3\n' }]);
    const bound = importPythonText(code, undefined, files);
    expect(bound).toMatchObject({ ok: true, missingFiles: [] });
    if (bound.ok) expect(Object.values(bound.document.session!.feeds)).toEqual([{ kind: 'csv', path: 'data/s.csv', columns: ['col1', 'col2'] }]);
  });

  it('matches picked files to the paths the code names by file name', () => {
    const picked = [{ name: 'b.csv', text: 'B' }, { name: 'a.csv', text: 'A' }];
    expect(matchPickedFiles(['data/a.csv', 'b.csv', 'c.csv'], picked)).toEqual({ 'data/a.csv': 'A', 'b.csv': 'B' });
    expect(matchPickedFiles(['x.csv', 'y.csv'], [{ name: 'z.csv', text: 'Z' }])).toEqual({});
  });
});
