import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../core/graph/document.ts';
import { error, warning } from '../../core/graph/diagnostics.ts';
import type { OpenedDocument } from '../platform/platform.ts';
import { openNotice } from './openNotice.ts';

const opened = (over: Partial<OpenedDocument>): OpenedDocument => ({ kind: 'opened', document: emptyDocument(), diagnostics: [], name: 'x.flow.json', origin: 'file', edited: false, ...over });

describe('the notice after opening', () => {
  it('is quiet for a clean document, and for graph errors the canvas shows', () => {
    expect(openNotice(opened({ diagnostics: [error('SHAPE_MISMATCH', 'inner dimensions differ')] }))).toBeUndefined();
  });

  it('names parts of the file not read as written, a restored draft, and damage the desktop let through', () => {
    expect(openNotice(opened({ diagnostics: [warning('BAD_FIELD', 'the document has an unknown field "x": it was ignored')] }))?.text).toBe(
      'Opened "x.flow.json"; one part of the file could not be read as written: the document has an unknown field "x": it was ignored',
    );
    expect(openNotice(opened({ diagnostics: [warning('BAD_FIELD', 'session.images[0] (node "n1") had label "my digits" …: it is now "my_digits"'), warning('BAD_FIELD', 'b')] }))?.text).toBe(
      'Opened "x.flow.json"; 2 parts of the file could not be read as written: session.images[0] (node "n1") had label "my digits" …: it is now "my_digits"',
    );
    expect(openNotice(opened({ edited: true }))).toEqual({ kind: 'info', text: 'Restored unsaved changes to "x.flow.json"' });
    expect(openNotice(opened({ diagnostics: [error('DUPLICATE_ID', 'same id'), error('DANGLING_EDGE', 'dangling')] }))).toEqual({ kind: 'error', text: '"x.flow.json" is damaged: same id (and 1 more)' });
  });
});
