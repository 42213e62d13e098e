import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../core/data/csv.ts';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import { bindingText } from './bindingText.ts';
import { labelValue, pointsFrom, pointsValues, XOR_CLASSES } from './builtinData.ts';
import { assignmentBindings, defaultAssignment, keptFileName } from './csvAssign.ts';
import { defaultMnistFields, mnistBindings } from './mnistChoice.ts';
import { guessRoles, type PlaceholderInfo, placeholdersOf } from './placeholders.ts';
import { emptyGrid, gridFromValue, gridValue, pasteIntoGrid, resizeGrid } from './tableGrid.ts';

function xorGraph(labelShape: (number | null)[] = [null, 1]) {
  const g = new GraphBuilder();
  const x = g.add('Placeholder', { shape: [null, 2] }, 'X');
  const y = g.add('Placeholder', { shape: labelShape }, 'Y');
  g.add('Placeholder', { shape: [] }, 'keep_prob');
  g.add('SigmoidCrossEntropyWithLogits', {}, 'loss', { labels: y, logits: g.add('MatMul', {}, 'logits', { a: x, b: g.add('Variable', { shape: [2, 1] }, 'W') }) });
  const doc = g.doc();
  return { doc, list: placeholdersOf(doc) };
}

const info = (list: PlaceholderInfo[], name: string) => list.find((p) => p.name === name)!;

describe('placeholders and their roles', () => {
  it('gives each Placeholder its type and per-example width, and guesses inputs and labels', () => {
    const { doc, list } = xorGraph();
    expect(list.map((p) => [p.name, p.batched, p.width])).toEqual([
      ['X', true, 2],
      ['Y', true, 1],
      ['keep_prob', false, undefined],
    ]);
    expect(guessRoles(doc, list)).toEqual({ inputs: 'n0', labels: 'n1' });
  });

  it('finds the labels by their wiring into a loss when the names say nothing', () => {
    const g = new GraphBuilder();
    const a = g.add('Placeholder', { shape: [null, 1] }, 'answers');
    const f = g.add('Placeholder', { shape: [null, 2] }, 'features');
    g.add('SigmoidCrossEntropyWithLogits', {}, 'loss', { labels: a, logits: g.add('MatMul', {}, 'm', { a: f, b: g.add('Variable', { shape: [2, 1] }, 'W') }) });
    const doc = g.doc();
    expect(guessRoles(doc, placeholdersOf(doc))).toEqual({ inputs: f.id, labels: a.id });
  });
});

describe('built-in data', () => {
  it('lays XOR labels out for [?], [?,1] and one-hot [?,2] Placeholders', () => {
    expect(labelValue(XOR_CLASSES, info(xorGraph([null]).list, 'Y'))).toEqual([0, 1, 1, 0]);
    expect(labelValue(XOR_CLASSES, info(xorGraph().list, 'Y'))).toEqual([[0], [1], [1], [0]]);
    expect(labelValue(XOR_CLASSES, info(xorGraph([null, 2]).list, 'Y'))).toEqual([
      [1, 0],
      [0, 1],
      [0, 1],
      [1, 0],
    ]);
  });

  it('turns clicked points into inputs and labels, and reads them back', () => {
    const y = info(xorGraph([null, 2]).list, 'Y');
    const points = [
      { x1: 0.1, x2: 0.2, label: 0 as const },
      { x1: 0.9, x2: 0.8, label: 1 as const },
    ];
    const v = pointsValues(points, y);
    expect(v).toEqual({
      inputs: [
        [0.1, 0.2],
        [0.9, 0.8],
      ],
      labels: [
        [1, 0],
        [0, 1],
      ],
    });
    expect(pointsFrom(v.inputs, v.labels)).toEqual(points);
    expect(pointsFrom([[0, 0]], [[0.5]])).toEqual([]);
    expect(pointsFrom([[0, 0, 0]], [[1]])).toEqual([]);
  });
});

describe('the table grid', () => {
  it('fills from a pasted spreadsheet block at the cell it lands in, growing to fit', () => {
    const grid = pasteIntoGrid(resizeGrid([], 2, 2), 1, 0, '5\t6\n7\t8\n');
    expect(grid).toEqual([
      ['', ''],
      ['5', '6'],
      ['7', '8'],
    ]);
    expect(() => pasteIntoGrid(grid, 0, 0, '1,2\n3,x')).toThrow('line 2, value 2: "x" is not a number');
  });

  it('becomes inline data laid out for its Placeholder, or names the first bad cell', () => {
    const { list } = xorGraph([null]);
    expect(gridValue([['1'], ['2']], info(list, 'Y'))).toEqual({ value: [1, 2] });
    expect(gridValue([['1', '2']], info(list, 'X'))).toEqual({ value: [[1, 2]] });
    expect(gridValue([['0.5']], info(list, 'keep_prob'))).toEqual({ value: 0.5 });
    expect(gridValue([['1', '']], info(list, 'X'))).toEqual({ problem: 'row 1, column 2: the cell is empty' });
    expect(gridValue([['a']], info(list, 'X'))).toEqual({ problem: 'row 1, column 1: "a" is not a number' });
  });

  it("shows inline values of rank 0 to 2, and starts empty at the Placeholder's width", () => {
    expect(gridFromValue(3)).toEqual([['3']]);
    expect(gridFromValue([1, true])).toEqual([['1'], ['1']]);
    expect(gridFromValue([[1, 2]])).toEqual([['1', '2']]);
    expect(gridFromValue([[[1]]])).toBeUndefined();
    expect(emptyGrid(info(xorGraph().list, 'X'))).toEqual(resizeGrid([], 4, 2));
    expect(emptyGrid(info(xorGraph().list, 'keep_prob'))).toEqual([['']]);
  });
});

describe('CSV columns', () => {
  const iris = parseCsv('length,width,species\n1.4,0.2,setosa\n4.7,1.4,versicolor\n5.9,2.1,virginica\n', 'iris.csv');

  it('binds all but the last column to the inputs and the last to the labels, one-hot when they are words', () => {
    const { list } = xorGraph([null, 3]);
    const a = defaultAssignment(iris, { inputs: 'n0', labels: 'n1' }, list, 'iris.csv');
    expect(a).toEqual({ n0: { columns: ['length', 'width'] }, n1: { columns: ['species'], oneHot: ['setosa', 'versicolor', 'virginica'] } });
    expect(assignmentBindings(a, 'iris.csv')).toEqual({
      n0: { kind: 'csv', path: 'iris.csv', columns: ['length', 'width'] },
      n1: { kind: 'csv', path: 'iris.csv', columns: ['species'], oneHot: ['setosa', 'versicolor', 'virginica'] },
    });
  });

  it('keeps a numeric label column as it is for a one-wide Placeholder, and binds every column to a lone one', () => {
    const line = parseCsv('x,y\n1,1\n2,2\n', 'line.csv');
    const { list } = xorGraph();
    expect(defaultAssignment(line, { inputs: 'n0', labels: 'n1' }, list, 'line.csv')).toEqual({ n0: { columns: ['x'] }, n1: { columns: ['y'] } });
    expect(defaultAssignment(iris, { inputs: 'n0' }, list, 'iris.csv')).toEqual({ n0: { columns: ['length', 'width', 'species'] } });
  });

  it('names a picked file apart from a kept one of the same name that other bindings still read', () => {
    const files = { 'd.csv': 'old' };
    expect(keptFileName('d.csv', files, 'new', () => false)).toBe('d (2).csv');
    expect(keptFileName('d.csv', files, 'new', () => true)).toBe('d.csv');
    expect(keptFileName('d.csv', files, 'old', () => false)).toBe('d.csv');
    expect(keptFileName('e.csv', files, 'new', () => false)).toBe('e.csv');
  });
});

describe('MNIST fields and binding text', () => {
  it('binds images to the 784-wide Placeholder and labels to the 10-wide one', () => {
    const g = new GraphBuilder();
    g.add('Placeholder', { shape: [null, 28, 28, 1] }, 'X_img');
    g.add('Placeholder', { shape: [null, 10] }, 'Y');
    g.add('Placeholder', { shape: [] }, 'keep_prob');
    const fields = defaultMnistFields(placeholdersOf(g.doc()));
    expect(fields).toEqual({ n0: 'images', n1: 'labels', n2: 'none' });
    expect(mnistBindings(fields, 'test')).toEqual({ n0: { kind: 'dataset', name: 'mnist', split: 'test', field: 'images' }, n1: { kind: 'dataset', name: 'mnist', split: 'test', field: 'labels' } });
  });

  it('says what a binding is in a few words', () => {
    expect(
      bindingText(
        {
          kind: 'inline',
          value: [
            [0, 0],
            [0, 1],
          ],
        },
        undefined,
      ),
    ).toBe('inline, 2 rows × 2');
    expect(bindingText({ kind: 'inline', value: [1, 2, 3] }, undefined)).toBe('inline, 3 values');
    expect(bindingText({ kind: 'inline', value: 0.7 }, undefined)).toBe('the value 0.7');
    expect(bindingText({ kind: 'csv', path: 'iris.csv', columns: ['species'], oneHot: ['a', 'b'] }, { fetches: [], feeds: {}, files: { 'iris.csv': '' } })).toBe(
      'iris.csv: species, one-hot over 2 classes',
    );
    expect(bindingText({ kind: 'csv', path: 'd.csv', columns: ['x'] }, undefined)).toBe('d.csv: x (read from disk)');
    expect(bindingText({ kind: 'dataset', name: 'mnist', split: 'train-55k', field: 'images' }, undefined)).toBe('MNIST train-55k images');
  });
});
