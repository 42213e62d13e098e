import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';
import { csvBindingData, csvClasses, firstNonNumber, parseCsvFile } from './csvBinding.ts';

const IRIS = 'petal_length,petal_width,species\n1.4,0.2,setosa\n4.7,1.4,versicolor\n5.9,2.1,virginica\n1.3,0.2,setosa\n';

describe('csv bindings', () => {
  it('one-hot encodes a label column over the classes in the order given', () => {
    const table = parseCsv(IRIS, 'iris.csv');
    expect(csvClasses(table, 'species', 'iris.csv')).toEqual(['setosa', 'versicolor', 'virginica']);
    const y = csvBindingData(table, { columns: ['species'], oneHot: ['setosa', 'versicolor', 'virginica'] }, 'iris.csv');
    expect(y.shape).toEqual([4, 3]);
    expect(Array.from(y.values)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0]);
    expect(csvBindingData(table, { columns: ['petal_width', 'petal_length'] }, 'iris.csv').shape).toEqual([4, 2]);
  });

  it('orders numeric classes as numbers', () => {
    const table = parseCsv('x,digit\n1,10\n2,2\n3,0\n4,2\n', 'd.csv');
    expect(csvClasses(table, 'digit', 'd.csv')).toEqual(['0', '2', '10']);
  });

  it('refuses a label outside the classes, an empty label and one-hot over two columns, naming the line', () => {
    const table = parseCsv(IRIS, 'iris.csv');
    expect(() => csvBindingData(table, { columns: ['species'], oneHot: ['setosa', 'virginica'] }, 'iris.csv')).toThrow(
      'iris.csv line 3, column "species": "versicolor" is not one of the classes setosa, virginica',
    );
    expect(() => csvClasses(parseCsv('x,y\n1,a\n2,\n', 'e.csv'), 'y', 'e.csv')).toThrow('e.csv line 3, column "y": the label is empty');
    expect(() => csvBindingData(table, { columns: ['species', 'petal_width'], oneHot: ['a'] }, 'iris.csv')).toThrow('one-hot encodes one label column');
  });

  it('refuses a picked file that is empty, ragged, has no rows or unnamed or repeated columns', () => {
    expect(() => parseCsvFile('', 'a.csv')).toThrow('a.csv is empty');
    expect(() => parseCsvFile('x,y\n', 'b.csv')).toThrow('b.csv has a header row (x, y) but no rows of data');
    expect(() => parseCsvFile('x,y\n1,2\n3\n', 'c.csv')).toThrow('c.csv line 3 has 1 fields but the header has 2');
    expect(() => parseCsvFile('x,\n1,2\n', 'd.csv')).toThrow('d.csv line 1: column 2 has no name');
    expect(() => parseCsvFile('x,x\n1,2\n', 'e.csv')).toThrow('e.csv line 1: two columns are named "x"');
    expect(parseCsvFile('x,y\n1,2\n', 'f.csv').records).toHaveLength(1);
  });

  it('finds the first value of a column that is not a number', () => {
    const table = parseCsv(IRIS, 'iris.csv');
    expect(firstNonNumber(table, 'petal_width')).toBeUndefined();
    expect(firstNonNumber(table, 'species')).toEqual({ line: 2, text: 'setosa' });
  });
});
