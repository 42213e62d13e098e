import { readdirSync, readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDocument } from '../../core/graph/document.ts';
import { saveDocument } from '../../core/graph/save.ts';
import { tempDir, type TempDir } from '../../test/tempFiles.ts';
import { FileError, readDocumentFile, writeDocumentFile } from './fileService.ts';

let dir: TempDir;
beforeEach(() => (dir = tempDir()));
afterEach(() => dir.remove());

const graphText = saveDocument(emptyDocument('Hello'));

async function failure(promise: Promise<unknown>): Promise<FileError> {
  const e = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(FileError);
  return e as FileError;
}

describe('readDocumentFile', () => {
  it('reads and validates a graph, returning the loader diagnostics', async () => {
    const path = dir.write('g.flow.json', JSON.stringify({ ...emptyDocument('Hi'), extra: 1 }));
    const read = await readDocumentFile(path);
    expect(read.document.meta.title).toBe('Hi');
    expect(read.diagnostics.map((d) => d.code)).toContain('BAD_FIELD');
  });

  it('refuses a file over the size limit with a message naming the file and both sizes', async () => {
    const path = join(dir.path, 'huge.flow.json');
    dir.write('huge.flow.json', '');
    truncateSync(path, 3 * 1024 * 1024);
    const e = await failure(readDocumentFile(path, 1024 * 1024));
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toBe('"huge.flow.json" is 3.0 MB; Flowboard opens and saves graph files of up to 1.0 MB.');
  });

  it('refuses JSON that is not a graph, with the loader reasons', async () => {
    const path = dir.write('other.json', '{"name": "package"}');
    const e = await failure(readDocumentFile(path));
    expect(e.code).toBe('INVALID');
    expect(e.diagnostics.map((d) => d.code)).toEqual(['NOT_A_DOCUMENT']);
    expect(e.summary).toBe('"other.json" is not a Flowboard graph that this version can open.');
    expect(e.message).toBe(`${e.summary}\nerror NOT_A_DOCUMENT ${e.diagnostics[0].message} Fix: ${e.diagnostics[0].fix}`);
  });

  it('refuses a damaged graph (a wire to a missing node) before the renderer sees it', async () => {
    const doc = { format: 'flowboard.graph', version: 1, meta: { title: 't' }, nodes: [{ id: 'a', op: 'Constant', name: 'a', attrs: {}, position: { x: 0, y: 0 } }], edges: [{ id: 'e', source: 'a', sourceOutput: 'value', target: 'gone', targetInput: 'x' }] };
    const e = await failure(readDocumentFile(dir.write('damaged.flow.json', JSON.stringify(doc))));
    expect(e.code).toBe('INVALID');
    expect(e.diagnostics).toMatchObject([{ code: 'DANGLING_EDGE', nodeName: 'a' }]);
    expect(e.summary).toBe('"damaged.flow.json" is damaged and must be repaired before it can be edited.');
    expect(e.message).toContain('\nerror DANGLING_EDGE');
  });

  it('refuses broken JSON and binary files', async () => {
    expect((await failure(readDocumentFile(dir.write('a.flow.json', '{"format": ')))).code).toBe('INVALID');
    const binary = join(dir.path, 'b.flow.json');
    dir.write('b.flow.json', '');
    truncateSync(binary, 16); // sixteen zero bytes are valid UTF-8 but not JSON
    expect((await failure(readDocumentFile(binary))).code).toBe('INVALID');
    const latin1 = dir.write('c.flow.json', '');
    await import('node:fs').then((fs) => fs.writeFileSync(latin1, Buffer.from([0x7b, 0xff, 0xfe, 0x7d])));
    expect((await failure(readDocumentFile(latin1))).code).toBe('NOT_TEXT');
  });

  it('explains a missing file and a folder', async () => {
    const missing = await failure(readDocumentFile(join(dir.path, 'nope.flow.json')));
    expect(missing.code).toBe('READ_FAILED');
    expect(missing.message).toContain('does not exist');
    const folder = await failure(readDocumentFile(dir.path));
    expect(['NOT_A_FILE', 'READ_FAILED']).toContain(folder.code);
  });
});

describe('writeDocumentFile', () => {
  it('writes valid document text', async () => {
    const path = join(dir.path, 'g.flow.json');
    await writeDocumentFile(path, graphText);
    expect(readFileSync(path, 'utf8')).toBe(graphText);
  });

  it('refuses text that is not a graph and leaves the old file alone', async () => {
    const path = dir.write('g.flow.json', graphText);
    const e = await failure(writeDocumentFile(path, '{"not": "a graph"}'));
    expect(e.code).toBe('INVALID');
    expect(readFileSync(path, 'utf8')).toBe(graphText);
    expect(readdirSync(dir.path)).toEqual(['g.flow.json']);
  });

  it('refuses text over the size limit', async () => {
    const e = await failure(writeDocumentFile(join(dir.path, 'g.flow.json'), graphText, 10));
    expect(e.code).toBe('TOO_LARGE');
    expect(readdirSync(dir.path)).toEqual([]);
  });

  it('names the file when the folder is gone', async () => {
    const e = await failure(writeDocumentFile(join(dir.path, 'gone', 'g.flow.json'), graphText));
    expect(e.code).toBe('WRITE_FAILED');
    expect(e.message).toBe('Could not save "g.flow.json": the file or its folder does not exist');
  });
});
