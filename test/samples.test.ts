import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../core/graph/diagnostics.ts';
import { loadDocumentText } from '../core/graph/load.ts';
import { saveDocument } from '../core/graph/save.ts';

const dir = new URL('../samples/', import.meta.url);
const samples = readdirSync(dir).filter((f) => f.endsWith('.flow.json')).sort();

describe('samples/', () => {
  it('holds only graph files, the hello lesson among them', () => {
    expect(readdirSync(dir).filter((f) => !f.endsWith('.flow.json'))).toEqual([]);
    expect(samples).toContain('hello.flow.json');
  });

  describe.each(samples)('%s', (file) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const { document, diagnostics } = loadDocumentText(text);

    it('loads without errors', () => {
      const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d));
      expect(errors).toEqual([]);
      expect(document).toBeDefined();
    });

    it('is saved in the stable form, so a save in the app changes nothing', () => {
      expect(document && saveDocument(document)).toBe(text);
    });

    it('teaches: a title, a description and a Markdown lesson', () => {
      expect(document?.meta.title).toBeTruthy();
      expect(document?.meta.description).toBeTruthy();
      expect(document?.meta.lesson).toMatch(/^# /);
    });
  });
});
