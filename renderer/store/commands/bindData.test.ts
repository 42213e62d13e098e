import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/graph/analyze.ts';
import { bindData } from './bindData.ts';
import { CommandHarness } from './commandHarness.ts';
import { dense, regression } from './fixtures.ts';

describe('bindData', () => {
  it('binds inline data to Placeholders, and the analysis stops asking for it', () => {
    const h = new CommandHarness(regression());
    const [x, y] = [h.node('X').id, h.node('Y').id];
    h.run(bindData, { feeds: { [x]: { kind: 'inline', value: [1, 2, 3] }, [y]: { kind: 'inline', value: [1, 2, 3] } } });
    expect(h.doc.session?.feeds).toEqual({ [x]: { kind: 'inline', value: [1, 2, 3] }, [y]: { kind: 'inline', value: [1, 2, 3] } });
    expect(analyze(h.doc).diagnostics.filter((d) => d.code === 'PLACEHOLDER_NOT_FED')).toEqual([]);
    h.expectUndoRedo();
  });

  it('binds columns of a picked CSV file and keeps its text; rebinding another file drops the first', () => {
    const h = new CommandHarness(regression());
    const [x, y] = [h.node('X').id, h.node('Y').id];
    const text = 'x,y\n1,1\n2,2\n3,3\n';
    h.run(bindData, { feeds: { [x]: { kind: 'csv', path: 'line.csv', columns: ['x'] }, [y]: { kind: 'csv', path: 'line.csv', columns: ['y'] } }, files: { 'line.csv': text } });
    expect(h.doc.session?.files).toEqual({ 'line.csv': text });
    h.expectUndoRedo();
    const other = 'a,b\n5,6\n7,8\n9,10\n';
    h.run(bindData, { feeds: { [x]: { kind: 'csv', path: 'other.csv', columns: ['a'] }, [y]: { kind: 'csv', path: 'other.csv', columns: ['b'] } }, files: { 'other.csv': other } });
    expect(h.doc.session?.files).toEqual({ 'other.csv': other });
  });

  it('refuses data that cannot feed its Placeholder, naming the Placeholder, both shapes and the dtype', () => {
    const h = new CommandHarness(dense());
    const x = h.node('x').id;
    expect(h.refuse(bindData, { feeds: { [x]: { kind: 'inline', value: [[1, 2, 3]] } } })).toBe(
      'Placeholder "x" takes [?,2] float32, but the data bound to it (inline data) is [1,3]: dimension 1 is 3 where the Placeholder has 2',
    );
    expect(h.refuse(bindData, { feeds: { [x]: { kind: 'csv', path: 'd.csv', columns: ['a', 'b'] } }, files: { 'd.csv': 'a,b\n1,x\n' } })).toBe(
      'the data for Placeholder "x" cannot be read: d.csv line 2, column "b": "x" is not a number; write a decimal number such as 3, -0.5 or 1e-3',
    );
    expect(h.refuse(bindData, { feeds: { [x]: { kind: 'dataset', name: 'mnist', split: 'test', field: 'images' } } })).toMatch(
      /^Placeholder "x" takes \[\?,2\] float32, but the data bound to it \(MNIST test images\) is \[10000,784\]/,
    );
    expect(h.refuse(bindData, { feeds: { [h.node('W').id]: { kind: 'inline', value: [1] } } })).toBe('"W" is a Variable; only Placeholders are fed data');
    expect(h.refuse(bindData, { feeds: { [x]: { kind: 'inline', value: [[1], [2, 3]] } } })).toMatch(/not a number or a rectangular list/);
  });

  it('binds and unbinds evaluation data, dropping an empty evaluation set', () => {
    const h = new CommandHarness(dense());
    const x = h.node('x').id;
    h.run(bindData, { evalFeeds: { [x]: { kind: 'inline', value: [[5, 6]] } } });
    expect(h.doc.session?.evalFeeds).toEqual({ [x]: { kind: 'inline', value: [[5, 6]] } });
    h.expectUndoRedo();
    h.run(bindData, { evalFeeds: { [x]: null } });
    expect(h.doc.session).not.toHaveProperty('evalFeeds');
    h.run(bindData, { feeds: { [x]: null } });
    expect(h.doc.session?.feeds).toEqual({});
    h.noop(bindData, { feeds: { [x]: null } });
  });

  it('binds training and evaluation data in one step (MNIST train and test splits)', () => {
    const g = regression();
    const h = new CommandHarness(g);
    const x = h.node('X').id;
    // X is [?]: MNIST images are too wide, so this is refused, training and evaluation alike.
    expect(h.refuse(bindData, { feeds: { [x]: { kind: 'inline', value: [1] } }, evalFeeds: { [x]: { kind: 'dataset', name: 'mnist', split: 'test', field: 'images' } } })).toMatch(/evaluation MNIST test images/);
    h.run(bindData, { feeds: { [x]: { kind: 'inline', value: [1, 2] } }, evalFeeds: { [x]: { kind: 'inline', value: [3] } } });
    expect(h.doc.session?.feeds[x]).toEqual({ kind: 'inline', value: [1, 2] });
    expect(h.doc.session?.evalFeeds?.[x]).toEqual({ kind: 'inline', value: [3] });
    h.expectUndoRedo();
  });
});
