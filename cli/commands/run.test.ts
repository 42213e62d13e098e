import { afterAll, describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import { tempDir } from '../../test/tempFiles.ts';
import { bufferIO } from '../io.ts';
import { main } from '../main.ts';

const HELLO = 'samples/hello.flow.json';
const dir = tempDir();
afterAll(() => dir.remove());

async function run(...args: string[]) {
  const io = bufferIO();
  const code = await main(['run', ...args], io);
  return { code, out: io.out, err: io.err };
}

async function runJson(...args: string[]): Promise<unknown> {
  const r = await run(...args, '--json');
  expect(r).toMatchObject({ code: 0, err: '' });
  return JSON.parse(r.out);
}

/** The hello graph without the session's inline feeds. */
function unfedHello(): string {
  const g = new GraphBuilder();
  const a = g.add('Placeholder', { shape: null }, 'a');
  const b = g.add('Placeholder', { shape: null }, 'b');
  g.add('Add', {}, 'adder', { x: a, y: b });
  return dir.write('unfed.flow.json', g.doc());
}

describe('flowboard run on the hello lesson', () => {
  it('prints exactly {"fetches": {...}} with --json and nothing on stderr', async () => {
    const r = await run(HELLO, '--fetch', 'sum', '--json');
    expect(r).toEqual({ code: 0, out: '{"fetches":{"sum":7}}\n', err: '' });
  });

  it('gives 7.5 and [3, 7] for the course feeds', async () => {
    expect(await runJson(HELLO, '--fetch', 'adder', '--feed', 'a=3', '--feed', 'b=4.5')).toEqual({ fetches: { adder: 7.5 } });
    expect(await runJson(HELLO, '--fetch', 'adder', '--feed', 'a=[1,3]', '--feed', 'b=[2,4]')).toEqual({ fetches: { adder: [3, 7] } });
  });

  it('feeds the session inline data by default and lets --feed override one of them', async () => {
    expect(await runJson(HELLO, '--fetch', 'adder')).toEqual({ fetches: { adder: 7.5 } });
    expect(await runJson(HELLO, '--fetch', 'adder', '--feed', 'b=10')).toEqual({ fetches: { adder: 13 } });
  });

  it('lists values readably and names the backend on stderr', async () => {
    const r = await run(HELLO, '--fetch', 'sum', '--fetch', 'adder');
    expect(r).toEqual({ code: 0, out: 'sum = 7\nadder = 7.5\n', err: 'backend: wasm\n' });
  });

  it('addresses nodes by id and by name:output, keyed as typed', async () => {
    expect(await runJson(HELLO, '--fetch', 'n3', '--fetch', 'sum:z')).toEqual({ fetches: { n3: 7, 'sum:z': 7 } });
  });

  it('runs on the cpu backend when asked', async () => {
    const r = await run(HELLO, '--fetch', 'sum', '--backend', 'cpu');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^backend: cpu\n/);
    expect(r.out).toBe('sum = 7\n');
  });
});

describe('flowboard run values', () => {
  const g = new GraphBuilder();
  g.add('Constant', { value: [true, false], dtype: 'bool' }, 'flags');
  g.add('Constant', { value: [[1, 2], [30, 4]], dtype: 'int32' }, 'M');
  g.add('Constant', { value: 0.1 }, 'tenth');
  g.add('Variable', { shape: [3] }, 'W');
  const file = dir.write('values.flow.json', g.doc());

  it('writes bools as true/false and float32 without noise', async () => {
    expect(await runJson(file, '--fetch', 'flags', '--fetch', 'M', '--fetch', 'tenth')).toEqual({ fetches: { flags: [true, false], M: [[1, 2], [30, 4]], tenth: 0.1 } });
  });

  it('prints a matrix one row per line under its name', async () => {
    expect((await run(file, '--fetch', 'M')).out).toBe('M = [[ 1,  2],\n     [30,  4]]\n');
  });

  it('draws the same variables for the same --seed and others for another', async () => {
    const w = async (seed: string) => ((await runJson(file, '--fetch', 'W', '--seed', seed)) as { fetches: { W: number[] } }).fetches.W;
    const [w1, w1again, w2] = [await w('1'), await w('1'), await w('2')];
    expect(w1).toHaveLength(3);
    expect(w1again).toEqual(w1);
    expect(w2).not.toEqual(w1);
  });
});

describe('flowboard run errors', () => {
  it('names the placeholder that is not fed', async () => {
    const r = await run(unfedHello(), '--fetch', 'adder', '--feed', 'a=1');
    expect(r.code).toBe(1);
    expect(r.err).toContain('Placeholder "b" must be fed');
    expect(r.out).toBe('');
  });

  it('names an unknown node and lists the real ones', async () => {
    const r = await run(HELLO, '--fetch', 'total', '--json');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('no node is named "total"; nodes are: node1, node2, sum, a, b, adder');
  });

  it('says which --feed is not JSON, with exit 2 as for any wrong command line', async () => {
    for (const text of ['[1,3', '[1,']) {
      const r = await run(HELLO, '--fetch', 'adder', '--feed', `a=${text}`);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`--feed a: "${text}" is not valid JSON`);
    }
  });

  it('refuses true and false for a number Placeholder instead of feeding them as 1 and 0', async () => {
    for (const text of ['true', '[1, false]']) {
      const r = await run(HELLO, '--fetch', 'adder', '--feed', `a=${text}`, '--feed', 'b=1');
      expect(r.code).toBe(2);
      expect(r.err).toContain(`--feed a: "a" is a float32 Placeholder, and true and false are not numbers; write 1 or 0`);
    }
    const g = new GraphBuilder();
    const mask = g.add('Placeholder', { dtype: 'bool', shape: [2] }, 'mask');
    g.add('Cast', { dtype: 'float32' }, 'asNumber', { x: mask });
    expect(await runJson(dir.write('mask.flow.json', g.doc()), '--fetch', 'asNumber', '--feed', 'mask=[true,false]')).toEqual({ fetches: { asNumber: [1, 0] } });
  });

  it('names the placeholder whose feed has the wrong shape', async () => {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [null, 3] }, 'X');
    const w = g.add('Constant', { value: [[1], [2], [3]] }, 'w');
    g.add('MatMul', {}, 'h', { a: x, b: w });
    const r = await run(dir.write('shape.flow.json', g.doc()), '--fetch', 'h', '--feed', 'X=[[1,2]]');
    expect(r.code).toBe(1);
    expect(r.err).toContain('Placeholder "X" has shape [1,2] but the placeholder is [?,3]');
  });

  it('refuses to feed a node that is not a Placeholder', async () => {
    const r = await run(HELLO, '--fetch', 'sum', '--feed', 'node1=5');
    expect(r.code).toBe(1);
    expect(r.err).toContain('"node1" is a Constant node, and only Placeholders can be fed');
  });

  it('reports graph errors in the fetched part, and runs a sound part of a broken graph', async () => {
    const g = new GraphBuilder();
    const x = g.add('Constant', { value: [[1, 2]] }, 'x');
    const w = g.add('Constant', { value: [[1], [2], [3]] }, 'w');
    g.add('MatMul', {}, 'logits', { a: x, b: w });
    const file = dir.write('broken.flow.json', g.doc());
    const r = await run(file, '--fetch', 'logits');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error SHAPE_MISMATCH \[logits\]/);
    expect(await runJson(file, '--fetch', 'x')).toEqual({ fetches: { x: [[1, 2]] } });
  });

  it('reports a file that is not a graph', async () => {
    const r = await run(dir.write('text.flow.json', 'hello'), '--fetch', 'sum');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/is not a usable graph:\nerror NOT_A_DOCUMENT the file is not valid JSON/);
  });

  it('rejects a wrong command line with exit 2, saying what is valid', async () => {
    const cases: [string[], string][] = [
      [[HELLO], 'say what to compute with --fetch NAME'],
      [[HELLO, '--fetch', 'adder', '--feed', 'a'], '--feed needs NAME=JSON'],
      [[HELLO, '--fetch', 'sum', '--seed', 'lucky'], '--seed must be a whole number'],
      [[HELLO, '--fetch', 'sum', '--backend', 'webgl'], '--backend must be one of wasm, cpu'],
      [[HELLO, '--fetch', 'sum', '--feeds', 'a=1'], 'did you mean --feed?'],
    ];
    for (const [args, message] of cases) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain(message);
      expect(r.err).toContain('Run `flowboard run --help`');
    }
  });
});
