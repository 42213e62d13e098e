import { afterAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../core/graph/document.ts';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import { tempDir } from '../../test/tempFiles.ts';
import { bufferIO } from '../io.ts';
import { main } from '../main.ts';

const LINEAR = 'samples/linear-regression.flow.json';
const CLEAR_LINE = '\x1b[K';
const dir = tempDir();
afterAll(() => dir.remove());

async function train(args: string[], isTTY = false) {
  const io = bufferIO();
  io.isTTY = isTTY;
  const code = await main(['train', ...args], io);
  return { code, out: io.out, err: io.err };
}

interface LogLine {
  step: number;
  loss: number;
  metrics: Record<string, number>;
}
interface FinalLine extends LogLine {
  final: true;
  variables: Record<string, unknown>;
}

/** Runs with --json and splits stdout into the log lines and the final line. */
async function trainJson(...args: string[]): Promise<{ logs: LogLine[]; final: FinalLine }> {
  const r = await train([...args, '--json']);
  expect(r).toMatchObject({ code: 0, err: '' });
  const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as LogLine | FinalLine);
  const final = lines.pop() as FinalLine;
  expect(final.final).toBe(true);
  expect(lines.every((l) => !('final' in l))).toBe(true);
  return { logs: lines, final };
}

/** y = log(x * W) with W starting at -1: the Log's input is negative from the first step. */
function logOfNegative(): GraphDocument {
  const g = new GraphBuilder();
  const x = g.add('Constant', { value: [1, 2, 3] }, 'x');
  const w = g.add('Variable', { shape: [1], initializer: { kind: 'constant', value: -1 } }, 'W');
  const h = g.add('Mul', {}, 'h', { x, y: w });
  const logH = g.add('Log', {}, 'log_h', { x: h });
  const cost = g.add('Neg', {}, 'cost', { x: g.add('ReduceMean', {}, 'mean', { x: logH }) });
  const step = g.add('Minimize', { learningRate: 0.1 }, 'train', { loss: cost });
  g.session = { train: step.id, fetches: [{ node: cost.id, role: 'loss' }], feeds: {}, steps: 10 };
  return g.doc();
}

describe('flowboard train --json', () => {
  it('trains the linear regression lesson: one line per logged step, then the final values', async () => {
    const { logs, final } = await trainJson(LINEAR);
    expect(logs.map((l) => l.step)).toEqual(Array.from({ length: 101 }, (_, i) => i * 20));
    for (const l of logs) expect(Object.keys(l).sort()).toEqual(['loss', 'metrics', 'step']);
    expect(logs[0].loss).toBeGreaterThan(logs[100].loss * 1000);
    expect(logs[100].metrics.cost).toBe(logs[100].loss);
    expect(Object.keys(final).sort()).toEqual(['final', 'loss', 'metrics', 'step', 'variables']);
    expect(final.step).toBe(2000);
    expect(final.loss).toBe(logs[100].loss);
    const { W, b } = final.variables as { W: number[]; b: number[] };
    expect(Math.abs(W[0] - 1)).toBeLessThan(0.01);
    expect(Math.abs(b[0])).toBeLessThan(0.03);
    // The final cost is evaluated after the last update, so it is the mean squared error of these W and b.
    const mse = [1, 2, 3].reduce((s, x) => s + (x * W[0] + b[0] - x) ** 2, 0) / 3;
    expect(final.metrics.cost).toBeCloseTo(mse, 6);
  });

  it('reports the logged accuracy alongside the loss, keyed by label', async () => {
    const { logs, final } = await trainJson('samples/xor-nn.flow.json', '--steps', '3', '--log-every', '1');
    expect(logs.map((l) => Object.keys(l.metrics).sort())).toEqual([['accuracy', 'cost'], ['accuracy', 'cost'], ['accuracy', 'cost']]);
    expect(Object.keys(final.metrics).sort()).toEqual(['accuracy', 'cost']);
    expect(Object.keys(final.variables)).toEqual(['W1', 'b1', 'W2', 'b2']);
    expect((final.variables.W1 as number[][]).map((row) => row.length)).toEqual([2, 2]);
  });

  it('takes --steps, --log-every and --seed over the session settings', async () => {
    const a = await trainJson(LINEAR, '--steps', '50', '--log-every', '10', '--seed', '7');
    expect(a.logs.map((l) => l.step)).toEqual([0, 10, 20, 30, 40, 49]);
    expect(a.final.step).toBe(49);
    const again = await trainJson(LINEAR, '--steps', '50', '--log-every', '10', '--seed', '7');
    expect(again.final).toEqual(a.final);
    const other = await trainJson(LINEAR, '--steps', '50', '--log-every', '10', '--seed', '8');
    expect(other.logs[0].loss).not.toBe(a.logs[0].loss);
  });

  it('counts --epochs of --batch-size examples: 5 examples in batches of 2 is 3 steps an epoch', async () => {
    const { final } = await trainJson('samples/linear-regression-feed.flow.json', '--epochs', '4', '--batch-size', '2');
    expect(final.step).toBe(11);
  });

  it('reads CSV data relative to the graph file', async () => {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [null] }, 'X');
    const y = g.add('Placeholder', { shape: [null] }, 'Y');
    const w = g.add('Variable', { shape: [1], initializer: { kind: 'zeros' } }, 'W');
    const err = g.add('Sub', {}, 'error', { x: g.add('Mul', {}, 'h', { x, y: w }), y });
    const cost = g.add('ReduceMean', {}, 'cost', { x: g.add('Square', {}, 'sq', { x: err }) });
    const step = g.add('Minimize', { learningRate: 0.05 }, 'train', { loss: cost });
    g.session = {
      train: step.id,
      fetches: [{ node: cost.id, role: 'loss' }],
      feeds: { [x.id]: { kind: 'csv', path: 'points.csv', columns: ['x'] }, [y.id]: { kind: 'csv', path: 'points.csv', columns: ['y'] } },
      steps: 200,
    };
    dir.write('points.csv', 'x,y\n1,3\n2,6\n3,9\n');
    const { final } = await trainJson(dir.write('csv.flow.json', g.doc()), '--json');
    expect((final.variables.W as number[])[0]).toBeCloseTo(3, 3);
  });
});

describe('flowboard train output for people', () => {
  it('prints one line per logged step when piped, then the summary with the variables', async () => {
    const r = await train([LINEAR, '--steps', '41']);
    expect(r.code).toBe(0);
    // One thread per core unless wasm already started single-threaded in this process.
    expect(r.err).toMatch(/^backend: wasm( on \d+ threads)?\n$/);
    const lines = r.out.split('\n');
    expect(lines.slice(0, 4).map((l) => l.replace(/loss \S+/, 'loss L'))).toEqual(['step 0  loss L', 'step 20  loss L', 'step 40  loss L', expect.stringMatching(/^trained 41 steps in \d+\.\d s, \d+ steps\/s$/)]);
    expect(r.out).toMatch(/\ncost = \S+\nW = \[\S+\]\nb = \[\S+\]\n$/);
  });

  it('draws a progress bar in place on a terminal, then clears it for the summary', async () => {
    const r = await train([LINEAR, '--steps', '300', '--log-every', '100'], true);
    expect(r.code).toBe(0);
    // Each frame starts with a carriage return and ends by clearing the rest of the line.
    const out = r.out.replaceAll(CLEAR_LINE, '<clear>');
    const frames = out.split('\r').filter((f) => f.startsWith('['));
    expect(frames.length).toBeGreaterThanOrEqual(4);
    expect(frames[0]).toMatch(/^\[#?\.+\] step +1\/300 +0% {2}loss \S+ {2}ETA \d+s<clear>$/);
    expect(frames.at(-1)).toMatch(/^\[#{24}\] step 300\/300 100% {2}loss \S+<clear>$/);
    expect(out).toMatch(/\r<clear>trained 300 steps in /);
    expect(r.out).not.toContain('\n['); // the bar never scrolls
  });

  it('shows accuracy in the bar and large variables as statistics', async () => {
    const r = await train(['samples/xor-deep.flow.json', '--steps', '2'], true);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/loss \S+ {2}accuracy \S+/);
    expect(r.out).toMatch(/\nW2: \[10,10\], mean \S+, std \S+, min \S+, max \S+\n/);
    expect(r.out).toMatch(/\nW1 = \[\[/);
    expect(r.out).toMatch(/\nb4 = \[\S+\]\n$/);
  });
});

describe('flowboard train errors', () => {
  it('stops at the first step whose value is NaN and names the node, exit 1', async () => {
    const file = dir.write('nan.flow.json', logOfNegative());
    for (const json of [false, true]) {
      const r = await train(json ? [file, '--json'] : [file], true);
      expect(r.code).toBe(1);
      expect(r.err).toContain('training stopped at step 0: Log "log_h" produced NaN');
      expect(r.err).toContain('keep its input above 0');
      expect(r.out).not.toContain('final');
      // On a terminal the bar's line is ended before the error prints.
      if (!json) expect(r.out.endsWith(`\r${CLEAR_LINE}`) || r.out === '').toBe(true);
    }
  });

  it('names the problem with the file or the graph, exit 1', async () => {
    const missing = await train(['no-such.flow.json']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no-such.flow.json: no such file');

    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [null, 3] }, 'X');
    const w = g.add('Variable', { shape: [2, 1] }, 'W');
    const h = g.add('MatMul', {}, 'hypothesis', { a: x, b: w });
    const cost = g.add('ReduceMean', {}, 'cost', { x: h });
    const step = g.add('Minimize', {}, 'train', { loss: cost });
    g.session = { train: step.id, fetches: [], feeds: { [x.id]: { kind: 'inline', value: [[1, 2, 3]] } }, steps: 5 };
    const broken = await train([dir.write('broken.flow.json', g.doc())]);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/SHAPE_MISMATCH.*hypothesis/);

    const untrainable = await train(['samples/hello.flow.json']);
    expect(untrainable.code).toBe(1);
    expect(untrainable.err).toContain('the session has no train node');
  });

  it('rejects a wrong command line with exit 2, saying what is valid', async () => {
    const cases: [string[], string][] = [
      [[LINEAR, '--steps', '10', '--epochs', '2'], 'either --steps or --epochs'],
      [[LINEAR, '--steps', '0'], '--steps must be a whole number of at least 1'],
      [[LINEAR, '--batch-size', 'all'], '--batch-size must be a whole number'],
      [[LINEAR, '--seed', '1.5'], '--seed must be a whole number'],
      [[LINEAR, '--backend', 'webgl'], '--backend must be one of wasm, cpu'],
      [[LINEAR, '--step', '10'], 'did you mean --steps?'],
      [[], 'missing FILE'],
    ];
    for (const [args, message] of cases) {
      const r = await train(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain(message);
    }
  });
});
