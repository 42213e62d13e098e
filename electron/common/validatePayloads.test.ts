import { describe, expect, it } from 'vitest';
import { isMenuCommand } from './menuCommands.ts';
import { MAX_DOCUMENT_BYTES, MAX_EXPORT_BYTES, MAX_TITLE_LENGTH } from './payloads.ts';
import { checkDocumentState, checkDocumentText, checkExportFileRequest, checkExportRequest, checkNothing, checkRecentId, checkSampleName, checkSaveRequest } from './validatePayloads.ts';

const reason = (checked: { ok: boolean; reason?: string }) => (checked.ok ? 'ok' : checked.reason);

describe('payload checks', () => {
  it('accept exactly the documented shapes', () => {
    expect(checkNothing(undefined)).toEqual({ ok: true, value: undefined });
    expect(checkDocumentState({ title: 'XOR', edited: false })).toEqual({ ok: true, value: { title: 'XOR', edited: false } });
    expect(checkSaveRequest({ text: '{}', saveAs: true })).toEqual({ ok: true, value: { text: '{}', saveAs: true } });
    expect(reason(checkExportRequest({ format: 'png', data: new Uint8Array([1]) }))).toBe('ok');
    expect(reason(checkExportRequest({ format: 'svg', data: '<svg/>' }))).toBe('ok');
    expect(checkSampleName('xor-nn')).toEqual({ ok: true, value: 'xor-nn' });
  });

  it('refuse other objects, extra fields and wrong types, saying why', () => {
    expect(reason(checkNothing(null))).toBe('expected no payload');
    expect(reason(checkDocumentState([]))).toBe('expected an object');
    expect(reason(checkDocumentState(Object.create({ title: 'x', edited: true })))).toBe('expected an object');
    expect(reason(checkDocumentState({ title: 'x', edited: true, path: '/etc' }))).toBe('unexpected field path');
    expect(reason(checkDocumentState({ title: 'x'.repeat(MAX_TITLE_LENGTH + 1), edited: true }))).toContain('at most');
    expect(reason(checkSaveRequest({ text: {}, saveAs: false }))).toBe('expected the document as text');
    expect(reason(checkExportRequest({ format: 'png', data: [1, 2] }))).toContain('Uint8Array');
    expect(reason(checkExportRequest({ format: 'svg', data: new Uint8Array() }))).toContain('as text');
    expect(reason(checkExportRequest({ format: 'html', data: '' }))).toBe('format must be "png" or "svg"');
  });

  it('accept a generated file as text or bytes, and refuse what is not one', () => {
    expect(checkExportFileRequest({ name: 'xor.keras.py', data: 'import keras', kind: 'code' })).toEqual({ ok: true, value: { name: 'xor.keras.py', data: 'import keras', kind: 'code' } });
    expect(reason(checkExportFileRequest({ name: 'events.out.tfevents.1.flowboard', data: new Uint8Array([1]), kind: 'logs' }))).toBe('ok');
    expect(reason(checkExportFileRequest({ name: 'x.py', data: 'x', kind: 'code', path: '/etc' }))).toBe('unexpected field path');
    expect(reason(checkExportFileRequest({ name: 'x.py', data: 'x', kind: 'exe' }))).toBe('kind must be "code", "logs" or "weights"');
    expect(reason(checkExportFileRequest({ name: 'x.py', data: [1], kind: 'logs' }))).toBe('data must be text or a Uint8Array');
    expect(reason(checkExportFileRequest({ name: 'x.py', data: 'x'.repeat(MAX_EXPORT_BYTES + 1), kind: 'code' }))).toContain('larger than');
  });

  it.each(['../x.py', '/etc/passwd', 'C:\\x.py', 'a\\b.py', 'x:y', '..', '.', '', 'a\nb', 'x'.repeat(256), 42])('refuse the export file name %j', (name) => {
    expect(reason(checkExportFileRequest({ name, data: '', kind: 'code' }))).toBe('name must be a plain file name');
  });

  it('refuse a document over the size limit before reading it', () => {
    expect(reason(checkDocumentText('x'.repeat(MAX_DOCUMENT_BYTES + 1)))).toContain('larger than');
  });

  it.each(['../hello', 'hello/..', 'a b', '', 'x'.repeat(65), 'C:\\x', 42])('refuse the sample name %j', (name) => {
    expect(checkSampleName(name).ok).toBe(false);
  });

  it('accept a recent file id and refuse anything that could be a path', () => {
    expect(checkRecentId('0b0c3f52-9a1e-4f7e-8d2a-5c1b7e3d9f10')).toEqual({ ok: true, value: '0b0c3f52-9a1e-4f7e-8d2a-5c1b7e3d9f10' });
    for (const id of ['/etc/passwd', '..', 'C:\\x', 'a b', '', 'x'.repeat(65), 42, { id: 'x' }]) expect(checkRecentId(id).ok, JSON.stringify(id)).toBe(false);
  });

  it('know the menu commands', () => {
    expect(isMenuCommand('run.train')).toBe(true);
    expect(isMenuCommand('run.nuke')).toBe(false);
    expect(isMenuCommand(undefined)).toBe(false);
  });
});
