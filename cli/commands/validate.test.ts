import { afterAll, describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import { tempDir } from '../../test/tempFiles.ts';
import { bufferIO } from '../io.ts';
import { main } from '../main.ts';

const dir = tempDir();
afterAll(() => dir.remove());

async function validate(...args: string[]) {
  const io = bufferIO();
  const code = await main(['validate', ...args], io);
  return { code, out: io.out, err: io.err };
}

/** x [1,2] @ w [3,1]: MatMul's inner dimensions clash; an unfed placeholder adds a warning. */
function brokenGraph() {
  const g = new GraphBuilder();
  const x = g.add('Constant', { value: [[1, 2]] }, 'x');
  const w = g.add('Constant', { value: [[1], [2], [3]] }, 'w');
  g.add('MatMul', {}, 'logits', { a: x, b: w });
  g.add('Placeholder', { shape: [null, 2] }, 'X');
  return g.doc();
}

describe('flowboard validate', () => {
  it('passes the hello sample with a summary line', async () => {
    const r = await validate('samples/hello.flow.json');
    expect(r).toEqual({ code: 0, out: 'samples/hello.flow.json: valid (0 errors, 0 warnings)\n', err: '' });
  });

  it('lists errors before warnings with code, node and fix, and exits 1', async () => {
    const file = dir.write('broken.flow.json', brokenGraph());
    const r = await validate(file);
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^error SHAPE_MISMATCH \[logits\] .*inner dimensions 2 and 3 differ.* Fix: /);
    expect(lines[1]).toMatch(/^warning PLACEHOLDER_NOT_FED \[X\] Placeholder "X" has no data bound to it Fix: /);
    expect(lines[2]).toBe(`${file}: invalid (1 error, 1 warning)`);
  });

  it('exits 0 when there are only warnings', async () => {
    const g = new GraphBuilder();
    g.add('Placeholder', {}, 'X');
    const r = await validate(dir.write('warn.flow.json', g.doc()));
    expect(r.code).toBe(0);
    expect(r.out).toContain('valid (0 errors, 1 warning)');
  });

  it('reports bound data that cannot feed its Placeholder (rank-2 inline data for a rank-1 Placeholder)', async () => {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [null] }, 'x');
    g.add('Square', {}, 'sq', { x });
    g.session = { fetches: [], feeds: { [x.id]: { kind: 'inline', value: [[1, 2], [3, 4]] } } };
    const r = await validate(dir.write('badfeed.flow.json', g.doc()));
    expect(r.code).toBe(1);
    expect(r.out).toContain('error BAD_BINDING [x] Placeholder "x" takes [?] float32, but the data bound to it (inline data) is [2,2]: rank 2 where the Placeholder has rank 1');
  });

  it('prints {"valid", "diagnostics"} as JSON with node names', async () => {
    const r = await validate(dir.write('broken2.flow.json', brokenGraph()), '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { valid: boolean; diagnostics: Record<string, string>[] };
    expect(report.valid).toBe(false);
    expect(report.diagnostics.map((d) => [d.severity, d.code, d.nodeName])).toEqual([
      ['error', 'SHAPE_MISMATCH', 'logits'],
      ['warning', 'PLACEHOLDER_NOT_FED', 'X'],
    ]);
    expect(report.diagnostics[0].fix).toBeTruthy();
    const ok = await validate('samples/hello.flow.json', '--json');
    expect(JSON.parse(ok.out)).toEqual({ valid: true, diagnostics: [] });
  });

  it('reports a file that is not a graph', async () => {
    const r = await validate(dir.write('list.flow.json', '[1, 2]'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^error NOT_A_DOCUMENT .*not a Flowboard graph/);
    expect(r.out).toContain('invalid (1 error, 0 warnings)');
  });

  it('says a missing file is missing, on stderr', async () => {
    const r = await validate(`${dir.path}/missing.flow.json`);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('missing.flow.json: no such file');
  });

  it('rejects a wrong command line with exit 2', async () => {
    expect((await validate()).err).toContain('missing FILE');
    expect((await validate('a.json', 'b.json')).code).toBe(2);
    const r = await validate('samples/hello.flow.json', '--jsno');
    expect(r.code).toBe(2);
    expect(r.err).toContain('did you mean --json?');
  });
});
