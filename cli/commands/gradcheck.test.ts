import { afterAll, describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import { tempDir } from '../../test/tempFiles.ts';
import { bufferIO } from '../io.ts';
import { main } from '../main.ts';

const dir = tempDir();
afterAll(() => dir.remove());

async function gradcheck(...args: string[]) {
  const io = bufferIO();
  const code = await main(['gradcheck', ...args], io);
  return { code, out: io.out, err: io.err };
}

/** Logistic regression on the XOR table (lesson 5), cost = mean sigmoid cross-entropy, with inline feeds. */
function logistic(): string {
  const g = new GraphBuilder();
  const X = g.add('Placeholder', { shape: [null, 2] }, 'X');
  const Y = g.add('Placeholder', { shape: [null, 1] }, 'Y');
  const W = g.add('Variable', { shape: [2, 1] }, 'W');
  const b = g.add('Variable', { shape: [1] }, 'b');
  const logits = g.add('Add', {}, 'logits', { x: g.add('MatMul', {}, 'xW', { a: X, b: W }), y: b });
  const xent = g.add('SigmoidCrossEntropyWithLogits', {}, 'xent', { labels: Y, logits });
  const cost = g.add('ReduceMean', {}, 'cost', { x: xent });
  g.session = {
    fetches: [{ node: cost.id, role: 'loss' }],
    feeds: { [X.id]: { kind: 'inline', value: [[0, 0], [0, 1], [1, 0], [1, 1]] }, [Y.id]: { kind: 'inline', value: [[0], [1], [1], [0]] } },
  };
  return dir.write('logistic.flow.json', g.doc());
}

/** sum(relu(W)) with W all zeros: the kink is exactly at the checked point. */
function reluAtKink(): string {
  const g = new GraphBuilder();
  const W = g.add('Variable', { shape: [2], initializer: { kind: 'zeros' } }, 'W');
  g.add('ReduceSum', {}, 'loss', { x: g.add('Relu', {}, 'relu', { x: W }) });
  return dir.write('kink.flow.json', g.doc());
}

describe('flowboard gradcheck', () => {
  it('prints a table of variables and exits 0 when every gradient agrees', async () => {
    const r = await gradcheck(logistic());
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^backend: (wasm|cpu)\n$/);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^variable\s+max rel\. error\s+raw\s+checked\s+ok$/);
    expect(lines[1]).toMatch(/^W\s+\d\.\d\de[-+]\d+\s+\d\.\d\de[-+]\d+\s+2\/2\s+ok$/);
    expect(lines[2]).toMatch(/^b\s+\d\.\d\de[-+]\d+\s+\d\.\d\de[-+]\d+\s+1\/1\s+ok$/);
    expect(lines[3]).toBe('ok: 0 of 2 variables over 0.001 (loss "cost")');
  });

  it('prints JSON with --json and honours --seed and --backend', async () => {
    const r = await gradcheck(logistic(), '--json', '--seed', '4', '--backend', 'cpu');
    expect(r).toMatchObject({ code: 0, err: '' });
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ ok: true, tolerance: 1e-3, loss: 'cost', notes: [] });
    expect(json.variables.map((v: { name: string; ok: boolean }) => [v.name, v.ok])).toEqual([['W', true], ['b', true]]);
    expect(json.variables[0].maxRelativeError).toBeLessThan(1e-3);
  });

  it('exits 1 and marks the variable when a gradient disagrees, with --loss naming the loss', async () => {
    const r = await gradcheck(reluAtKink(), '--loss', 'loss');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^W\s+1\.00e\+0\s+1\.00e\+0\s+2\/2\s+FAIL$/m);
    expect(r.out).toContain('FAILED: 1 of 1 variables over 0.001 (loss "loss")');
  });

  it('says how to name the loss when the session has none', async () => {
    const r = await gradcheck(reluAtKink());
    expect(r.code).toBe(1);
    expect(r.err).toContain('its session has no fetch with role "loss"; name the loss node with --loss NAME');
  });

  it('names a placeholder without inline data', async () => {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [null] }, 'x');
    const W = g.add('Variable', { shape: [1] }, 'W');
    const cost = g.add('ReduceSum', {}, 'cost', { x: g.add('Mul', {}, 'xW', { x, y: W }) });
    g.session = { fetches: [{ node: cost.id, role: 'loss' }], feeds: {} };
    const r = await gradcheck(dir.write('unfed.flow.json', g.doc()));
    expect(r.code).toBe(1);
    expect(r.err).toContain('Placeholder "x" has no inline data');
  });

  it('rejects a malformed seed as a usage error', async () => {
    const r = await gradcheck(logistic(), '--seed', 'abc');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--seed must be a whole number');
  });
});
