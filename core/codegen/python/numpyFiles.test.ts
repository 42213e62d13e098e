import { describe, expect, it } from 'vitest';
import { importPython } from './importPython.ts';
import { sliceColumns } from './numpyFiles.ts';

const SCORES = '73,80,75,152\n93,88,93,185\n89,91,90,180\n';
const MODEL = `X = tf.placeholder(tf.float32, shape=[None, 3])
Y = tf.placeholder(tf.float32, shape=[None, 1])
W = tf.Variable(tf.random_normal([3, 1], seed=1))
cost = tf.reduce_mean(tf.square(tf.matmul(X, W) - Y))
train = tf.train.GradientDescentOptimizer(1e-5).minimize(cost)
sess = tf.Session()
for step in range(11):
    sess.run(train, feed_dict={X: x_data, Y: y_data})
`;
const program = (load: string) => `import tensorflow as tf\nimport numpy as np\n${load}\n${MODEL}`;
const withFiles = (files: Record<string, string>) => ({ readFile: (path: string) => files[path] });
const feedsOf = (r: ReturnType<typeof importPython>) => {
  const byName = new Map(r.document.nodes.map((n) => [n.name, n.id]));
  return { X: r.document.session?.feeds[byName.get('X')!], Y: r.document.session?.feeds[byName.get('Y')!] };
};

describe('np.loadtxt and np.genfromtxt', () => {
  it("binds the course's slicing to the file's columns and keeps the file with named columns", () => {
    const r = importPython(program("xy = np.loadtxt('scores.csv', delimiter=',', dtype=np.float32)\nx_data = xy[:, 0:-1]\ny_data = xy[:, [-1]]"), withFiles({ 'scores.csv': SCORES }));
    expect(feedsOf(r)).toEqual({ X: { kind: 'csv', path: 'scores.csv', columns: ['col1', 'col2', 'col3'] }, Y: { kind: 'csv', path: 'scores.csv', columns: ['col4'] } });
    expect(r.document.session?.files).toEqual({ 'scores.csv': `col1,col2,col3,col4\n${SCORES}` });
    expect(r.missingFiles).toEqual([]);
    expect(r.validation.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reads whitespace-separated files, skips comments and the rows asked, and follows any column pick', () => {
    const text = '# a b c d\nheader row\n1 2 3 4\n5 6 7 8  # trailing comment\n\n9 10 11 12\n';
    const r = importPython(program("xy = np.genfromtxt('d.txt', skip_header=2)\nx_data = xy[:, [0, 2, -2]]\ny_data = xy[:, 3]"), withFiles({ 'd.txt': text }));
    expect(feedsOf(r)).toEqual({ X: { kind: 'csv', path: 'd.txt', columns: ['col1', 'col3', 'col3'] }, Y: { kind: 'csv', path: 'd.txt', columns: ['col4'] } });
    expect(r.document.session?.files?.['d.txt']).toBe('col1,col2,col3,col4\n1,2,3,4\n5,6,7,8\n9,10,11,12\n');
  });

  it('says which file to put where when it is missing, lists it, and imports the rest', () => {
    const r = importPython(program("xy = np.loadtxt('data/scores.csv', delimiter=',')\nx_data = xy[:, 0:-1]\ny_data = xy[:, [-1]]"));
    expect(r.missingFiles).toEqual(['data/scores.csv']);
    const skipped = r.diagnostics.filter((d) => d.severity === 'skipped');
    expect(skipped).toHaveLength(3);
    expect(skipped[0]).toMatchObject({ line: 3, message: expect.stringContaining('np.loadtxt reads data/scores.csv, which is not there: put data/scores.csv next to the program') });
    expect(r.document.nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['X', 'Y', 'cost']));
    expect(r.document.session?.feeds).toEqual({});
  });

  it('refuses a bad value, a ragged row and row slicing with the line', () => {
    const bad = importPython(program("xy = np.loadtxt('s.csv', delimiter=',')"), withFiles({ 's.csv': '1,2,3,4\n5,x,7,8\n' }));
    expect(bad.diagnostics.find((d) => d.line === 3)).toMatchObject({ severity: 'skipped', message: 's.csv line 2: "x" is not a number; every value must be a decimal number such as 3, -0.5 or 1e-3' });
    const ragged = importPython(program("xy = np.loadtxt('s.csv', delimiter=',')"), withFiles({ 's.csv': '1,2,3,4\n5,6,7\n' }));
    expect(ragged.diagnostics.find((d) => d.line === 3)?.message).toBe('s.csv line 2 has 3 values but line 1 has 4; every row needs one value per column');
    const rows = importPython(program("xy = np.loadtxt('s.csv', delimiter=',')\nx_data = xy[::-1, 0:-1]"), withFiles({ 's.csv': SCORES }));
    expect(rows.diagnostics.find((d) => d.line === 4)?.message).toMatch(/^only data\[:, columns\] is read/);
  });

  it("refuses the course's MinMaxScaler on the file's data with the fix, and binds the raw file", () => {
    const scaler = 'def MinMaxScaler(data):\n    numerator = data - np.min(data, 0)\n    denominator = np.max(data, 0) - np.min(data, 0)\n    return numerator / (denominator + 1e-7)\n';
    const r = importPython(program(`${scaler}xy = np.loadtxt('s.csv', delimiter=',')\nxy = MinMaxScaler(xy)\nx_data = xy[:, 0:-1]\ny_data = xy[:, [-1]]`), withFiles({ 's.csv': SCORES }));
    const refused = r.diagnostics.find((d) => d.line === 8)!;
    expect(refused.severity).toBe('skipped');
    expect(refused.message).toBe(
      'MinMaxScaler (the def on line 3, not imported) would change the data of s.csv in Python, but the session feeds the file as it is: write the changed values into s.csv (for min-max scaling, (x - min) / (max - min) of each column) and import again, or train on the raw values as imported; xy keeps its earlier value',
    );
    expect(feedsOf(r).X).toEqual({ kind: 'csv', path: 's.csv', columns: ['col1', 'col2', 'col3'] });
  });

  it('slices data written in the program too, as inline data', () => {
    const r = importPython(program('xy = np.array([[1, 2, 3, 4], [5, 6, 7, 8]], dtype=np.float32)\nx_data = xy[:, 0:-1]\ny_data = xy[:, [-1]]'));
    expect(feedsOf(r)).toEqual({ X: { kind: 'inline', value: [[1, 2, 3], [5, 6, 7]] }, Y: { kind: 'inline', value: [[4], [8]] } });
  });

  it("picks columns as Python's slices do", () => {
    expect(sliceColumns(4, 0, -1)).toEqual([0, 1, 2]);
    expect(sliceColumns(4, undefined, undefined, -1)).toEqual([3, 2, 1, 0]);
    expect(sliceColumns(4, -2, undefined)).toEqual([2, 3]);
    expect(sliceColumns(4, 1, 100, 2)).toEqual([1, 3]);
    expect(sliceColumns(4, 3, 0, -2)).toEqual([3, 1]);
    expect(sliceColumns(4, -100, 2)).toEqual([0, 1]);
  });
});
