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
});
