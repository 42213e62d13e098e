import { describe, expect, it } from 'vitest';
import { exportErrorNotice, exportNotice } from './exportNotice.ts';

describe('export notices', () => {
  it('name the saved file, pass a failure on, and say nothing after a cancel', () => {
    expect(exportNotice({ status: 'saved', name: 'xor.png' })).toEqual({ kind: 'info', text: 'Exported "xor.png"' });
    expect(exportNotice({ status: 'failed', message: 'Disk full.' })).toEqual({ kind: 'error', text: 'Disk full.' });
    expect(exportNotice({ status: 'canceled' })).toBeUndefined();
  });

  it('explain a picture that could not be drawn', () => {
    expect(exportErrorNotice(new Error('the browser could not encode the PNG.'))).toEqual({ kind: 'error', text: 'Could not export the picture: the browser could not encode the PNG.' });
  });
});
