import { execFileSync } from 'node:child_process';
import { truncateSync } from 'node:fs';
import { Readable } from 'node:stream';
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

describe('readGraphFile on what is not a regular file', () => {
  it('refuses a device such as /dev/zero or /dev/urandom at once, naming standard input as the way to pipe', async () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      const e = await failure(readGraphFile(device));
      expect(e.message).toBe(`${device} is not a regular file (a device, pipe or socket); to read a graph from a pipe, pass - and send it to standard input`);
    }
  });

  it('refuses a named pipe without waiting for a writer', async () => {
    const fifo = `${dir.path}/pipe.flow.json`;
    execFileSync('mkfifo', [fifo]);
    expect((await failure(readGraphFile(fifo))).message).toMatch(/pipe\.flow\.json is not a regular file/);
  });

  it('reads standard input when the path is -, up to the same limit', async () => {
    expect(await readGraphFile('-', Readable.from([Buffer.from('{"a":'), Buffer.from(' 1}')]))).toBe('{"a": 1}');
    // An endless stream (a pipe from /dev/zero) stops at the limit instead of filling memory.
    let sent = 0;
    const endless = new Readable({
      read() {
        sent += 1 << 20;
        this.push(Buffer.alloc(1 << 20, 0x20));
      },
    });
    const e = await failure(readGraphFile('-', endless));
    expect(e.message).toBe('standard input holds over 50 MB, the limit for graph files; keep large data out of the graph by binding a CSV file or dataset to the placeholder');
    expect(sent).toBeLessThan(MAX_GRAPH_FILE_BYTES + 4 * (1 << 20));
  });

  it('says standard input is missing when - is given without one', async () => {
    expect((await failure(readGraphFile('-'))).message).toBe('- means standard input, and nothing is piped in; pipe the graph in, e.g. `cat g.flow.json | flowboard validate -`');
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
