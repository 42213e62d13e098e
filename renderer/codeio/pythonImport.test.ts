import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPythonText } from './pythonImport.ts';

const lesson02 = readFileSync(new URL('../../test/pythonCorpus/lesson02_linear_regression.py', import.meta.url), 'utf8');

describe('importing pasted Python', () => {
  it('imports the course linear regression as a valid graph named after the file', () => {
    const result = importPythonText(lesson02, 'lesson02.py');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.name).toBe('lesson02');
    expect(result.errors).toBe(0);
    expect(result.document.nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['weight', 'bias', 'hypothesis', 'cost']));
  });

  it('lists skipped lines with their line numbers and reasons', () => {
    const result = importPythonText(`${lesson02}\nimport matplotlib.pyplot as plt\nplt.plot([1, 2])\n`);
    expect(result.ok).toBe(true);
    expect(result.skipped.length).toBeGreaterThan(0);
    for (const s of result.skipped) expect(s.line).toBeGreaterThan(0);
    expect(result.skipped.every((s) => s.reason.length > 0)).toBe(true);
  });

  it('says why when nothing can be imported', () => {
    expect(importPythonText('   ')).toMatchObject({ ok: false, message: expect.stringContaining('no code') });
    const result = importPythonText('print("hello")\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('Nothing');
  });
});
