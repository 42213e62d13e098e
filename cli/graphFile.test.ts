import { truncateSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { GraphBuilder } from '../test/graphBuilder.ts';
import { tempDir } from '../test/tempFiles.ts';
import { CliError } from './cliError.ts';
import { loadGraphFile, MAX_GRAPH_FILE_BYTES, readGraphFile } from './graphFile.ts';

const dir = tempDir();
afterAll(() => dir.remove());

async function failure(p: Promise<unknown>): Promise<CliError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(CliError);
  return e as CliError;
}

describe('readGraphFile', () => {
  it('says a missing file is missing and where the samples are', async () => {
    const e = await failure(readGraphFile(`${dir.path}/nope.flow.json`));
    expect(e.message).toContain('nope.flow.json: no such file');
    expect(e.exitCode).toBe(1);
  });

  it('says a directory is a directory', async () => {
    expect((await failure(readGraphFile(dir.path))).message).toContain('is a directory');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const big = dir.write('big.flow.json', '');
    // A sparse file: the limit is checked from the size, so no 50 MB are written.
    truncateSync(big, MAX_GRAPH_FILE_BYTES + 1);
    expect((await failure(readGraphFile(big))).message).toMatch(/is 50 MB, over the 50 MB limit for graph files/);
  });
});

describe('loadGraphFile', () => {
  it('returns the document, its analysis and the diagnostics', async () => {
    const g = new GraphBuilder();
    g.add('Placeholder', { shape: [2] }, 'x');
    const file = dir.write('g.flow.json', g.doc());
    const { document, analysis, diagnostics } = await loadGraphFile(file);
    expect(document?.nodes.map((n) => n.name)).toEqual(['x']);
    expect(analysis?.types.get(document!.nodes[0].id)).toEqual([{ dtype: 'float32', shape: [2] }]);
    expect(diagnostics.map((d) => d.code)).toEqual(['PLACEHOLDER_NOT_FED']);
  });

  it('reports a file that is not JSON as a diagnostic, without a document', async () => {
    const { document, analysis, diagnostics } = await loadGraphFile(dir.write('bad.flow.json', '{"format": '));
    expect(document).toBeUndefined();
    expect(analysis).toBeUndefined();
    expect(diagnostics[0].code).toBe('NOT_A_DOCUMENT');
  });
});
