import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocumentText } from '../../core/graph/load.ts';
import { tempDir } from '../../test/tempFiles.ts';
import { bufferIO } from '../io.ts';
import { main } from '../main.ts';

const dir = tempDir();
afterAll(() => dir.remove());
const REJECTS = readFileSync(new URL('../../test/pythonCorpus/rejects.py', import.meta.url), 'utf8');

async function run(...args: string[]) {
  const io = bufferIO();
  const code = await main(['import', ...args], io);
  return { code, out: io.out, err: io.err };
}

describe('flowboard import', () => {
  it('writes the graph, lists each skipped line with its number, reason and text, and exits 0', async () => {
    const py = dir.write('rejects.py', REJECTS);
    const out = join(dir.path, 'rejects.flow.json');
    const r = await run(py, '-o', out);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain(`${py}:22: skipped: only x ** 2 (Square) and x ** 0.5 (Sqrt) are supported; Flowboard has no Pow op\n    cube = X ** 3\n`);
    expect(r.out).toContain(`${py}:15-16: skipped: functions (def) are not imported`);
    // Two notes: an ignored matmul flag, and a random op with no seed anywhere (TensorFlow's draws differ every run).
    expect(r.out).toContain(`${py}:11: note: tf.random_normal has no seed and the program sets no graph seed`);
    expect(r.out).toMatch(new RegExp(`wrote ${out.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: 11 nodes, 11 edges \\(19 skipped, 2 notes; the graph is valid\\)\n$`));
    const { document, diagnostics } = loadDocumentText(readFileSync(out, 'utf8'));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(document?.meta.title).toBe('rejects');
  });

  it('defaults the output to FILE.flow.json and takes a title', async () => {
    const py = dir.write('lesson.py', 'import tensorflow as tf\na = tf.constant(3.0)\nb = a + 4\n');
    const r = await run(py, '--title', 'Hello');
    expect(r.code).toBe(0);
    const doc = loadDocumentText(readFileSync(join(dir.path, 'lesson.flow.json'), 'utf8')).document!;
    expect(doc.meta).toEqual({ title: 'Hello', description: 'Imported from lesson.py.' });
    expect(doc.nodes.map((n) => n.name)).toEqual(['a', 'Const', 'b']);
  });

  it('exits 1 and writes nothing when nothing could be imported', async () => {
    const py = dir.write('nothing.py', 'import numpy as np\ndef f():\n    return 1\nprint(f())\n');
    const r = await run(py, '-o', join(dir.path, 'nothing.flow.json'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`flowboard import: nothing in ${py} could be imported (2 skipped, 0 notes; the graph is valid); no file was written\n`);
    expect(existsSync(join(dir.path, 'nothing.flow.json'))).toBe(false);
  });

  it('reports with --json', async () => {
    const py = dir.write('j.py', 'import tensorflow as tf\nx = tf.placeholder(tf.float32)\ny = tf.nn.selu(x)\n');
    const r = await run(py, '-o', join(dir.path, 'j.flow.json'), '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ nodes: 1, diagnostics: [{ severity: 'skipped', line: 3, message: 'tf.nn.selu has no Flowboard op' }] });
    expect(report.validation.map((d: { code: string }) => d.code)).toEqual(['PLACEHOLDER_NOT_FED']);
  });

  it('refuses to overwrite the Python file, and names a missing one', async () => {
    const py = dir.write('same.py', 'x = 1\n');
    expect((await run(py, '-o', py)).code).toBe(2);
    const missing = await run(join(dir.path, 'missing.py'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no such file');
  });

  it('checks the graph against the same memory budget as validate and run, names the node, and still writes the graph to fix', async () => {
    const py = dir.write('bomb.py', 'import tensorflow as tf\nx = tf.placeholder(tf.float32, [None, 30000])\nW = tf.Variable(tf.random_normal([30000, 30000], seed=1))\ny = tf.matmul(x, W)\n');
    const out = join(dir.path, 'bomb.flow.json');
    const r = await run(py, '-o', out, '--memory-budget', '1GB');
    expect(r.code).toBe(1);
    expect(r.out).toContain('error TENSOR_TOO_LARGE [W] Variable "W" holds [30000,30000] float32: 3.6 GB, over the memory budget of 1.0 GB');
    expect(r.err).toContain(`flowboard import: the graph in ${out} cannot run within the memory budget of 1.0 GB`);
    expect(existsSync(out)).toBe(true);
    // Without the flag, the machine's default (at most 2 GB) applies, as in validate.
    const byDefault = await run(py, '-o', out);
    expect(byDefault.code).toBe(1);
    expect(byDefault.out).toContain('error TENSOR_TOO_LARGE [W]');
    const roomy = await run(py, '-o', out, '--memory-budget', '8GB');
    expect(roomy.code).toBe(0);
    expect(roomy.out).not.toContain('TENSOR_TOO_LARGE');
    expect((await run(py, '-o', out, '--memory-budget', 'lots')).code).toBe(2);
  });

  it('reads the CSV file a program loads from beside it, binds its columns and keeps it; says where to put a missing one', async () => {
    const program = (file: string) =>
      `import tensorflow as tf\nimport numpy as np\nxy = np.loadtxt('${file}', delimiter=',')\nx_data = xy[:, 0:-1]\ny_data = xy[:, [-1]]\n` +
      'X = tf.placeholder(tf.float32, [None, 2])\nY = tf.placeholder(tf.float32, [None, 1])\ncost = tf.reduce_mean(tf.square(X - Y))\n' +
      'sess = tf.Session()\nprint(sess.run(cost, feed_dict={X: x_data, Y: y_data}))\n';
    dir.write('pairs.csv', '1,2,3\n4,5,6\n');
    const py = dir.write('pairs.py', program('pairs.csv'));
    const out = join(dir.path, 'pairs.flow.json');
    const r = await run(py, '-o', out);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('missing data file');
    const doc = loadDocumentText(readFileSync(out, 'utf8')).document!;
    const id = (name: string) => doc.nodes.find((n) => n.name === name)!.id;
    expect(doc.session?.feeds[id('X')]).toEqual({ kind: 'csv', path: 'pairs.csv', columns: ['col1', 'col2'] });
    expect(doc.session?.files).toEqual({ 'pairs.csv': 'col1,col2,col3\n1,2,3\n4,5,6\n' });

    const lost = await run(dir.write('lost.py', program('lost.csv')), '-o', join(dir.path, 'lost.flow.json'));
    expect(lost.code).toBe(0);
    expect(lost.out).toContain(`lost.py: missing data file: put lost.csv in ${dir.path}, next to the program, and import again`);
    const away = await run(dir.write('away.py', program('../away.csv')), '-o', join(dir.path, 'away.flow.json'));
    expect(away.out).toContain("missing data file: ../away.csv is outside the program's folder");
  });
});
