import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/tempFiles.ts';
import { bufferIO } from '../io.ts';
import { main } from '../main.ts';

const XOR = 'samples/xor-nn.flow.json';
const dir = tempDir();
afterAll(() => dir.remove());
/** A path in the test's folder, for a file the command writes. */
const at = (name: string) => dir.write(name, '');

async function cli(...args: string[]) {
  const io = bufferIO();
  // One wasm thread: seven engineers share two cores; the bits are the same on any count.
  const code = await main(args[0] === 'train' ? [...args, '--threads', '1'] : args, io);
  return { code, out: io.out, err: io.err };
}

function jsonLines(out: string) {
  return out.trimEnd().split('\n').map((l) => JSON.parse(l) as { step: number; loss: number; final?: true; startedAt?: number; variables?: Record<string, unknown> });
}

describe('flowboard train --save-weights / --load-weights', () => {
  it('continues 50 + 50 steps from the saved weights exactly where 100 straight steps go, not from the start', async () => {
    const saved = at('xor.weights.json');
    const straight = jsonLines((await cli('train', XOR, '--steps', '100', '--log-every', '10', '--json')).out);

    const first = await cli('train', XOR, '--steps', '50', '--log-every', '10', '--json', '--save-weights', saved);
    expect(first.code).toBe(0);
    expect(first.err).toBe(`saved 4 variables at step 50 to ${saved}\n`);
    const header = JSON.parse(await readFile(saved, 'utf8')) as { format: string; step: number; variables: { name: string; shape: number[] }[] };
    expect(header.format).toBe('flowboard.weights');
    expect(header.variables.map((v) => `${v.name}[${v.shape.join(',')}]`)).toEqual(['W1[2,2]', 'b1[2]', 'W2[2,1]', 'b2[1]']);

    const second = await cli('train', XOR, '--steps', '50', '--log-every', '10', '--json', '--load-weights', saved);
    expect(second.code).toBe(0);
    expect(second.err).toBe(`loaded 4 variables from ${saved}: training continues at step 50\n`);
    const logs = jsonLines(second.out);
    const final = logs.pop()!;
    expect(logs[0].step).toBe(50);
    // The loss goes on from where the first run left it, not from step 0's.
    expect(logs[0].loss).not.toBe(straight[0].loss);
    expect(logs.map((l) => [l.step, l.loss])).toEqual(straight.slice(5, -1).map((l) => [l.step, l.loss]));
    expect(final).toMatchObject({ startedAt: 50, step: 99 });
    expect(final.variables).toEqual(straight.at(-1)!.variables);
  });

  it('says in the report which step it started from', async () => {
    const saved = at('lines.weights.json');
    await cli('train', XOR, '--steps', '20', '--save-weights', saved);
    const r = await cli('train', XOR, '--steps', '20', '--log-every', '10', '--load-weights', saved);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^step 20 .*\nstep 30 .*\nstep 39 .*\ntrained 20 steps \(steps 20 to 39, continuing from the loaded weights\) in/);
  });

  it('keeps the weights inside a copy of the document when OUT is a .flow.json, and reads them back', async () => {
    const copy = at('xor-trained.flow.json');
    expect((await cli('train', XOR, '--steps', '30', '--save-weights', copy)).err).toMatch(/saved 4 variables at step 30 inside the document/);
    const validate = await main(['validate', copy], bufferIO());
    expect(validate).toBe(0);
    const r = await cli('run', copy, '--fetch', 'W2', '--load-weights', copy, '--json');
    const trained = jsonLines((await cli('train', XOR, '--steps', '30', '--json')).out).at(-1)!;
    expect(JSON.parse(r.out).fetches.W2).toEqual(trained.variables!.W2);
  });

  it('refuses weights from another graph, naming the variables, and trains nothing', async () => {
    const saved = at('linear.weights.json');
    await cli('train', 'samples/linear-regression.flow.json', '--steps', '5', '--save-weights', saved);
    const r = await cli('train', XOR, '--steps', '5', '--load-weights', saved);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/--load-weights .*: these weights are from another graph .*"W1" \[2,2\] is not in the file.*"W" \[1\] is in the file but the graph has no Variable of that name.*Nothing was loaded/);
    const run = await cli('run', XOR, '--fetch', 'hypothesis', '--load-weights', saved);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/these weights are from another graph/);
  });

  it('refuses a file that is not saved weights with what is wrong', async () => {
    const bad = at('bad.weights.json');
    await writeFile(bad, '{"format": "flowboard.weights", "version": 1}');
    const r = await cli('train', XOR, '--load-weights', bad);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/"encoding" must be "base64-float32-le"/);
  });
});

describe('flowboard run --load-weights', () => {
  it('runs the hypothesis on the trained weights instead of the initial ones', async () => {
    const saved = at('run.weights.json');
    await cli('train', XOR, '--steps', '40', '--save-weights', saved);
    const fresh = JSON.parse((await cli('run', XOR, '--fetch', 'hypothesis', '--json')).out).fetches.hypothesis;
    const r = await cli('run', XOR, '--fetch', 'hypothesis', '--load-weights', saved);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/loaded 4 variables from .* \(trained 40 steps\)/);
    const trained = JSON.parse((await cli('run', XOR, '--fetch', 'hypothesis', '--load-weights', saved, '--json')).out).fetches.hypothesis;
    expect(trained).not.toEqual(fresh);
  });
});
