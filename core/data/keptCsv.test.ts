import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportPython } from '../codegen/export/exportPython.ts';
import { importPython } from '../codegen/python/importPython.ts';
import type { GraphDocument } from '../graph/document.ts';
import { keptCsvAsInline, nested } from './keptCsv.ts';

/** linear-regression-feed with its x and y from a kept CSV file. */
function fromCsv(): GraphDocument {
  const doc = JSON.parse(readFileSync(new URL('../../samples/linear-regression-feed.flow.json', import.meta.url), 'utf8')) as GraphDocument;
  doc.session!.files = { 'line.csv': 'x,y\n1,1\n2,2\n3,3\n' };
  doc.session!.feeds = { n01: { kind: 'csv', path: 'line.csv', columns: ['x'] }, n06: { kind: 'csv', path: 'line.csv', columns: ['y'] } };
  return doc;
}

describe('keptCsvAsInline', () => {
  it('writes kept CSV columns as inline data in the Placeholders\' layout, and drops the files', () => {
    const doc = fromCsv();
    const out = keptCsvAsInline(doc);
    // X and Y are [?]: one column each fills them.
    expect(out.session!.feeds).toEqual({ n01: { kind: 'inline', value: [1, 2, 3] }, n06: { kind: 'inline', value: [1, 2, 3] } });
    expect(out.session!.files).toBeUndefined();
    expect(doc.session!.files).toBeDefined();
    const plain = { ...doc, session: { ...doc.session!, files: undefined } };
    delete plain.session.files;
    expect(keptCsvAsInline(plain)).toBe(plain);
  });

  it('survives the Python export and import as the same numbers (inline data, as Python writes it)', () => {
    const back = importPython(exportPython(keptCsvAsInline(fromCsv()))).document;
    const byName = Object.fromEntries(Object.entries(back.session!.feeds).map(([id, b]) => [back.nodes.find((n) => n.id === id)!.name, b]));
    expect(byName).toEqual({ X: { kind: 'inline', value: [1, 2, 3] }, Y: { kind: 'inline', value: [1, 2, 3] } });
  });

  it('nests row-major values in a shape', () => {
    expect(nested([1, 2, 3, 4, 5, 6], [3, 2])).toEqual([[1, 2], [3, 4], [5, 6]]);
    expect(nested([7], [])).toBe(7);
    expect(nested([], [0, 2])).toEqual([]);
  });
});
