import { describe, expect, it } from 'vitest';
import { dataSource } from './source.ts';

describe('dataSource', () => {
  it('loads inline data and CSV columns through the caller\'s reader', async () => {
    expect(await dataSource({ kind: 'inline', value: [[1], [2]] }, 'X').load()).toEqual({ values: new Float32Array([1, 2]), shape: [2, 1] });
    const files: Record<string, string> = { 'd.csv': 'x,y\n1,2\n3,4\n' };
    const read = async (path: string) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file, open '${path}'`);
      return files[path];
    };
    const y = dataSource({ kind: 'csv', path: 'd.csv', columns: ['y'] }, 'Y', { readText: read });
    expect(y.description).toBe('d.csv columns y');
    expect(await y.load()).toEqual({ values: new Float32Array([2, 4]), shape: [2, 1] });
    await expect(dataSource({ kind: 'csv', path: 'nope.csv', columns: ['y'] }, 'Y', { readText: read }).load()).rejects.toThrow(
      'cannot read nope.csv for Placeholder "Y": ENOENT',
    );
  });

  it('reads a CSV file the document keeps before asking the reader, one-hot where bound so', async () => {
    const files = { 'k.csv': 'x,label\n1,b\n2,a\n' };
    const read = async () => {
      throw new Error('the reader must not be asked');
    };
    expect(await dataSource({ kind: 'csv', path: 'k.csv', columns: ['x'] }, 'X', { files, readText: read }).load()).toEqual({ values: new Float32Array([1, 2]), shape: [2, 1] });
    const y = dataSource({ kind: 'csv', path: 'k.csv', columns: ['label'], oneHot: ['a', 'b'] }, 'Y', { files });
    expect(y.description).toBe('k.csv columns label (one-hot)');
    expect(await y.load()).toEqual({ values: new Float32Array([0, 1, 1, 0]), shape: [2, 2] });
  });

  it('explains what it cannot load yet', async () => {
    await expect(dataSource({ kind: 'inline', value: [[1], [2, 3]] }, 'X').load()).rejects.toThrow('the data bound to Placeholder "X": entry [1] has 2 entries');
    await expect(dataSource({ kind: 'csv', path: 'd.csv', columns: ['y'] }, 'Y').load()).rejects.toThrow('no readText was given');
    await expect(dataSource({ kind: 'dataset', name: 'mnist', split: 'train', field: 'images' }, 'X').load()).rejects.toThrow(
      'the data bound to Placeholder "X" is the MNIST dataset, but this caller cannot read datasets (no datasets provider was given)',
    );
    await expect(dataSource({ kind: 'dataset', name: 'cifar', split: 'train', field: 'images' }, 'X').load()).rejects.toThrow('which Flowboard does not have; the built-in datasets are: mnist');
    await expect(dataSource({ kind: 'dataset', name: 'mnist', split: 'train', field: 'pixels' }, 'X').load()).rejects.toThrow('MNIST field "pixels"; use images');
  });
});
