import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocumentText } from '../../core/graph/load.ts';
import { codeFileName, exportCode } from './codeFiles.ts';

const sample = (name: string) => loadDocumentText(readFileSync(new URL(`../../samples/${name}.flow.json`, import.meta.url), 'utf8')).document!;

describe('code exports', () => {
  it('names files after the document, without .flow.json and with unsafe characters replaced', () => {
    expect(codeFileName('xor-nn.flow.json', 'tfjs')).toBe('xor-nn.mjs');
    expect(codeFileName('a/b:c', 'python')).toBe('a_b_c.py');
    expect(codeFileName('  ', 'keras')).toBe('Untitled.keras.py');
  });

  it('writes TF.js, Python and Keras code for a dense stack', () => {
    const doc = sample('xor-nn');
    for (const target of ['tfjs', 'python', 'keras'] as const) {
      const result = exportCode(doc, 'xor-nn', target);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.file.data.length).toBeGreaterThan(100);
    }
  });

  it("gives Keras's reason for a graph that is not a layer stack instead of a file", () => {
    const result = exportCode(sample('linear-regression'), 'linear-regression', 'keras');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/\w/);
  });

  it('writes the columns of a CSV file kept in the document as data in the code', () => {
    const doc = sample('xor-nn');
    doc.session!.files = { 'xor.csv': 'a,b,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n' };
    doc.session!.feeds = { n01: { kind: 'csv', path: 'xor.csv', columns: ['a', 'b'] }, n02: { kind: 'csv', path: 'xor.csv', columns: ['y'] } };
    const python = exportCode(doc, 'xor-nn', 'python');
    expect(python.ok && python.file.data).toContain('X_data = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]], dtype=np.float32)');
    const tfjs = exportCode(doc, 'xor-nn', 'tfjs');
    expect(tfjs.ok).toBe(true);
    doc.session!.files = { 'xor.csv': 'a,b,y\n0,0\n' };
    const broken = exportCode(doc, 'xor-nn', 'python');
    expect(broken).toEqual({ ok: false, message: 'xor.csv line 2 has 2 fields but the header has 3; every row needs one value per column' });
  });
});
