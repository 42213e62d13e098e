import { describe, expect, it } from 'vitest';
import { csvColumns, parseCsv } from './csv.ts';

const SCORES = 'exam1,exam2,exam3,final\n73,80,75,152\n93,88,93,185\n89,91,90,180\n';

describe('parseCsv and csvColumns', () => {
  it('binds the named columns as an [examples, columns] matrix, in the order named', () => {
    const table = parseCsv(SCORES, 'scores.csv');
    expect(table.header).toEqual(['exam1', 'exam2', 'exam3', 'final']);
    const x = csvColumns(table, ['exam1', 'exam2', 'exam3'], 'scores.csv');
    expect(x.shape).toEqual([3, 3]);
    expect(Array.from(x.values)).toEqual([73, 80, 75, 93, 88, 93, 89, 91, 90]);
    const y = csvColumns(table, ['final', 'exam1'], 'scores.csv');
    expect(Array.from(y.values)).toEqual([152, 73, 185, 93, 180, 89]);
  });

  it('reads quoted fields, doubled quotes, CRLF line ends, a BOM and blank lines', () => {
    const text = '\uFEFF"name, full","x"\r\n"Kim ""the"" first",1.5\r\n\r\n"Lee\nSecond",-2e-1\r\n';
    const table = parseCsv(text, 'q.csv');
    expect(table.header).toEqual(['name, full', 'x']);
    expect(table.records.map((r) => r.fields[0])).toEqual(['Kim "the" first', 'Lee\nSecond']);
    expect(table.records.map((r) => r.line)).toEqual([2, 4]);
    expect(Array.from(csvColumns(table, ['x'], 'q.csv').values)).toEqual([1.5, Math.fround(-0.2)]);
  });

  it('names the line and column of a bad number', () => {
    const table = parseCsv('a,b\n1,2\n3,abc\n', 'd.csv');
    expect(() => csvColumns(table, ['a', 'b'], 'd.csv')).toThrow('d.csv line 3, column "b": "abc" is not a number');
    expect(() => csvColumns(parseCsv('a\n1\n \n', 'e.csv'), ['a'], 'e.csv')).not.toThrow();
    expect(() => csvColumns(parseCsv('a,b\n1,\n', 'e.csv'), ['b'], 'e.csv')).toThrow('e.csv line 2, column "b": the value is empty');
    for (const bad of ['0x10', 'NaN', 'Infinity', '1x'])
      expect(() => csvColumns(parseCsv(`a\n${bad}\n`, 'f.csv'), ['a'], 'f.csv')).toThrow(/f\.csv line 2, column "a"/);
    expect(() => csvColumns(parseCsv('a\n1e39\n', 'g.csv'), ['a'], 'g.csv')).toThrow('1e39 is too large for float32');
  });

  it('rejects ragged rows, unknown columns, empty files and unclosed quotes', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n', 'r.csv')).toThrow('r.csv line 3 has 1 fields but the header has 2');
    expect(() => csvColumns(parseCsv(SCORES, 's.csv'), ['exam4'], 's.csv')).toThrow('s.csv has no column "exam4"; its columns are: exam1, exam2, exam3, final');
    expect(() => parseCsv('\n\n', 'empty.csv')).toThrow('empty.csv is empty');
    expect(() => parseCsv('a\n"1\n', 'u.csv')).toThrow('u.csv line 2: a quoted field is never closed');
  });
});
