import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_BYTES, safeFileName } from './safeFileName.ts';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('safeFileName', () => {
  it('keeps an ordinary name as it is', () => {
    expect(safeFileName('xor.keras.py')).toBe('xor.keras.py');
    expect(safeFileName('Régression linéaire.py')).toBe('Régression linéaire.py');
  });

  it('renames the device names Windows reserves, with or without an extension', () => {
    expect(['CON', 'con.py', 'Nul.txt', 'COM1.tar.gz', 'lpt9', 'AUX'].map((n) => safeFileName(n))).toEqual(['_CON', '_con.py', '_Nul.txt', '_COM1.tar.gz', '_lpt9', '_AUX']);
    expect(safeFileName('CONSOLE.py')).toBe('CONSOLE.py');
  });

  it('drops trailing dots and spaces, which Windows strips, and leading ones, which hide the file', () => {
    expect(safeFileName('xor.py. . ')).toBe('xor.py');
    expect(safeFileName('...')).toBe('Untitled');
    expect(safeFileName(' .hidden.py')).toBe('hidden.py');
  });

  it('removes right-to-left overrides and other invisible controls that disguise an extension', () => {
    // "photo\u202Egnp.py" shows as "photoyp.png".
    expect(safeFileName('photo\u202egnp.py')).toBe('photognp.py');
    expect(safeFileName('a\u200fb\u2066c\u061cd\u0000e\u001ff\u007fg\u0085h.py')).toBe('abcdefgh.py');
  });

  it('replaces the characters no file system allows', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j.py')).toBe('a_b_c_d_e_f_g_h_i_j.py');
  });

  it('shortens a name over 255 bytes, keeping its extension and whole characters', () => {
    const long = safeFileName(`${'é'.repeat(500)}.keras.py`);
    expect(bytes(long)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(long.endsWith('.py')).toBe(true);
    expect(long).toMatch(/^é+\.py$/);
    const emoji = safeFileName(`${'😀'.repeat(200)}.svg`);
    expect(bytes(emoji)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(emoji).toMatch(/^(😀)+\.svg$/u);
  });

  it('falls back when nothing is left', () => {
    expect(safeFileName('\u202e\u0000', 'export')).toBe('export');
    expect(safeFileName('')).toBe('Untitled');
  });
});
