import { describe, expect, it } from 'vitest';
import { fileNameWith, windowTitle, withFlowExtension } from './windowTitle.ts';

describe('windowTitle', () => {
  it('marks an edited document on Windows and Linux, and leaves it to the close button on macOS', () => {
    expect(windowTitle('xor.flow.json', false, 'win32')).toBe('xor.flow.json - Flowboard');
    expect(windowTitle('xor.flow.json', true, 'linux')).toBe('*xor.flow.json - Flowboard');
    expect(windowTitle('xor.flow.json', true, 'darwin')).toBe('xor.flow.json');
  });

  it('shows no control or direction-override characters, and no endless title', () => {
    expect(windowTitle('evil\u0007\nname\u202e\u0000', false, 'linux')).toBe('evil name - Flowboard');
    expect(windowTitle('\u001b[31mred', false, 'darwin')).toBe('[31mred');
    expect(windowTitle('x'.repeat(5000), false, 'darwin')).toHaveLength(200);
    expect(windowTitle('\u202e', true, 'win32')).toBe('*Untitled - Flowboard');
  });
});

describe('file names', () => {
  it('adds .flow.json to a bare save name and keeps a JSON one', () => {
    expect(withFlowExtension('/g/xor')).toBe('/g/xor.flow.json');
    expect(withFlowExtension('/g/xor.flow.json')).toBe('/g/xor.flow.json');
    expect(withFlowExtension('/g/xor.json')).toBe('/g/xor.json');
  });

  it('derives export names from the document name, safe for any file system', () => {
    expect(fileNameWith('xor.flow.json', 'png')).toBe('xor.png');
    expect(fileNameWith('Layer 1: weights?', 'svg')).toBe('Layer 1_ weights_.svg');
    expect(fileNameWith('', 'png')).toBe('Untitled.png');
    expect(fileNameWith('CON', 'png')).toBe('_CON.png');
    expect(fileNameWith('xor\u202egnp.', 'svg')).toBe('xorgnp.svg');
    expect(Buffer.byteLength(fileNameWith('w'.repeat(500), 'png'))).toBeLessThanOrEqual(255);
  });
});
